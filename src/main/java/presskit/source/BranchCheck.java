package presskit.source;

import java.util.List;
import presskit.diagnostic.Diagnostic;
import presskit.model.Branch;

/**
 * A check the loader runs on every branch file it reads, so its findings are reported with the
 * file's other problems, at their lines, before anything is built.
 */
@FunctionalInterface
public interface BranchCheck {

    /** No check. */
    BranchCheck NONE = (branch, sources) -> List.of();

    /** The problems of {@code branch}, located with {@code sources}, its file's source map. */
    List<Diagnostic> check(Branch branch, SourceMap sources);
}
