package presskit.kit;

import java.util.Objects;

/**
 * A local post rendered with stand-ins for what a branch file gives it, so the press-kit page can
 * make the post for politicians entered there, worded by the organisation's own template. Each text
 * is the template's output before fitting (tidied, as the build renders it), with {@link
 * #COMMITTEE} where the committee stands, {@link #MENTIONS} where the politicians tagged in the
 * post stand and {@link #REPLY} where those tagged in the reply stand.
 *
 * @param id the local post's output id
 * @param committee the committee the post addresses now: the branch file's, else the year's
 * @param bare the post naming no politician
 * @param tagged the post tagging three stand-ins, so the page learns how the template lists them
 * @param replied the post tagging one stand-in and replying to three (the fallback when tagging
 *     everyone does not fit)
 */
public record PostFrame(OutputId id, String committee, String bare, String tagged, String replied) {

    /** Stands for the committee's name. */
    public static final String COMMITTEE = "\uE000";

    /** Stand for three politicians in the post; in {@link #replied}, only the first. */
    public static final String[] MENTIONS = {"\uE001", "\uE002", "\uE003"};

    /** Stand for three politicians in the reply. */
    public static final String[] REPLY = {"\uE004", "\uE005", "\uE006"};

    public PostFrame {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bare, "bare");
        Objects.requireNonNull(tagged, "tagged");
        Objects.requireNonNull(replied, "replied");
    }
}
