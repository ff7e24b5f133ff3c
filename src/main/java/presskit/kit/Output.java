package presskit.kit;

import java.util.List;
import java.util.Map;

/**
 * One output of the kit, held in memory until the whole kit is ready: a post or thread for a
 * network, a document in text, or a binary file such as a release's PDF.
 */
public sealed interface Output permits TextOutput, BinaryFile {

    /** The output's id, whose string form is stable across builds. */
    OutputId id();

    /** What the output is, as the manifest names it. */
    OutputKind kind();

    /** The output's file, relative to {@code out/<year>/}. */
    String path();

    /** Whether it was made from example data that must never be published. */
    boolean example();

    /** Every file the output is written as, path → content; a thread's parts follow the whole. */
    Map<String, byte[]> files();

    /** The paths of {@link #files()}, without making their content. */
    default List<String> paths() {
        return List.of(path());
    }
}
