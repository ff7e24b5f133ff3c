package presskit.kit;

import java.util.Objects;

/** Preconditions the output records share. */
final class Outputs {

    private Outputs() {}

    static void requirePost(OutputId id) {
        Objects.requireNonNull(id, "id");
        if (id.form() != OutputId.Form.POST) {
            throw new IllegalArgumentException("'id' must name a post, was " + id);
        }
    }

    static void requireDocument(OutputId id, OutputKind kind) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        if (id.form() != OutputId.Form.DOCUMENT) {
            throw new IllegalArgumentException("'id' must name a document, was " + id);
        }
        if (kind.isPost()) {
            throw new IllegalArgumentException("'kind' must be a document's, was " + kind.id());
        }
    }
}
