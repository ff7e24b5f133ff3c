package presskit.kit;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A post too long for one part, as a numbered reply chain. Its file holds the parts joined by blank
 * lines; each part also has a file of its own.
 *
 * @param id the output id, a post's
 * @param path the file with the whole thread
 * @param parts the parts in posting order, at least two
 * @param length the length of the parts joined, as the network counts it
 * @param limit the network's limit, which applies to each part
 * @param droppedHashtags optional hashtags left out before splitting
 * @param example whether it was made from example data
 * @param asOnePost the length the post would have as one part, without numbers, as the network
 *     counts it: how far it missed the limit
 */
public record PostThread(
        OutputId id,
        String path,
        List<Part> parts,
        int length,
        int limit,
        List<String> droppedHashtags,
        boolean example,
        int asOnePost)
        implements Posted {

    public PostThread {
        Outputs.requirePost(id);
        Objects.requireNonNull(path, "path");
        parts = List.copyOf(parts);
        if (parts.size() < 2) {
            throw new IllegalArgumentException("'parts' must be two or more, was " + parts.size());
        }
        droppedHashtags = List.copyOf(droppedHashtags);
    }

    /**
     * One part of a thread.
     *
     * @param path the part's own file
     * @param text the part's text, numbered
     * @param length its length as the network counts it
     * @param fits whether the network accepts it
     */
    public record Part(String path, String text, int length, boolean fits) {}

    @Override
    public OutputKind kind() {
        return OutputKind.THREAD;
    }

    @Override
    public String text() {
        return String.join("\n\n", texts());
    }

    /** A thread fits only if every part does. */
    @Override
    public boolean fits() {
        return parts.stream().allMatch(Part::fits);
    }

    @Override
    public List<String> texts() {
        return parts.stream().map(Part::text).toList();
    }

    @Override
    public List<String> paths() {
        List<String> paths = new ArrayList<>();
        paths.add(path);
        parts.forEach(p -> paths.add(p.path()));
        return paths;
    }

    @Override
    public Map<String, byte[]> files() {
        Map<String, byte[]> files = Posted.super.files();
        parts.forEach(p -> files.put(p.path(), TextOutput.withNewline(p.text()).getBytes(UTF_8)));
        return files;
    }
}
