package presskit.source;

import java.util.List;
import presskit.diagnostic.Diagnostic;
import presskit.model.Organisation;

/**
 * A check the loader runs on {@code organisation.yaml}, so its findings are reported with the
 * campaign's other problems, at their lines, before anything is built.
 */
@FunctionalInterface
public interface OrganisationCheck {

    /** No check. */
    OrganisationCheck NONE = (organisation, sources) -> List.of();

    /**
     * The problems of {@code organisation}, located with {@code sources}, its file's source map.
     */
    List<Diagnostic> check(Organisation organisation, SourceMap sources);
}
