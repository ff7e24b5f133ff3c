package presskit.publish;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the build's {@code manifest.json}: a rendered post, thread, release or sheet.
 *
 * @param id stable output id, such as {@code national/x/key-1}
 * @param kind {@code post}, {@code thread}, {@code release}…
 * @param channel the network or medium, such as {@code x}
 * @param variant {@code national}, a region code or a municipality code
 * @param path the file with the whole text, relative to the year's folder
 * @param length the length as the channel counts it
 * @param limit the channel's limit
 * @param valid whether the build found it within its limits
 * @param example whether it was made from fictional example data
 * @param parts the files of a thread's parts, in order; empty for a single post
 */
public record BuildOutput(
        String id,
        String kind,
        String channel,
        String variant,
        String path,
        int length,
        int limit,
        boolean valid,
        boolean example,
        List<Part> parts) {

    public BuildOutput {
        Objects.requireNonNull(id, "id");
        parts = List.copyOf(parts);
    }

    /** Whether this output is posted as a reply chain. */
    public boolean isThread() {
        return "thread".equals(kind);
    }

    /**
     * One part of a thread, as it is posted.
     *
     * @param path the part's file, relative to the year's folder
     * @param length the part's length as the channel counts it
     */
    public record Part(String path, int length) {}
}
