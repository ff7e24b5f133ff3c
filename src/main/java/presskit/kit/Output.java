package presskit.kit;

import java.util.List;

/**
 * One rendered output of the kit, held in memory until the whole kit is ready.
 *
 * @param id stable id: {@code national/x/short-1}, {@code national/release-html}
 * @param kind post, thread, release or sheet
 * @param channel the channel id for posts, else the output family ({@code release}, {@code sheet})
 * @param variant {@code national}, a region code or a municipality code
 * @param path the file, relative to {@code out/<year>/}
 * @param text the file's content: a post's exact text, or a thread's parts joined by blank lines
 * @param length the post's length as its channel counts it (the longest part for a thread); characters otherwise
 * @param limit the channel's limit, 0 for documents
 * @param parts a thread's parts, empty otherwise
 * @param droppedHashtags optional hashtags left out to make the post fit
 * @param example whether it was made from example data that must never be published
 */
public record Output(String id, OutputKind kind, String channel, String variant, String path, String text,
        int length, int limit, List<Part> parts, List<String> droppedHashtags, boolean example) {

    public Output {
        parts = List.copyOf(parts);
        droppedHashtags = List.copyOf(droppedHashtags);
    }

    /** One part of a thread: its own file and length. */
    public record Part(String path, String text, int length) {
    }

    /** Whether a post (every part of a thread) is within its channel's limit; documents are always within. */
    public boolean valid() {
        if (limit == 0) {
            return true;
        }
        return parts.isEmpty() ? length <= limit : parts.stream().allMatch(p -> p.length() <= limit);
    }

    /** The texts as they would be posted, in order: one for a post, each part for a thread. */
    public List<String> postTexts() {
        return parts.isEmpty() ? List.of(text) : parts.stream().map(Part::text).toList();
    }
}
