package presskit.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import presskit.channel.MentionSyntax;
import presskit.channel.Network;
import presskit.diagnostic.Diagnostic;
import presskit.model.Branch;
import presskit.model.Politician;
import presskit.source.SourceMap;

/**
 * Checks every politician's handle in a branch file against its network's mention syntax, at the
 * handle's line: a local post cannot tag someone with a handle the network refuses. A well-formed
 * handle that looks mistyped ({@code @name.bsky.socal}) is a warning saying what was meant.
 */
public final class HandleCheck {

    private HandleCheck() {}

    /** The malformed handles of {@code branch}, as errors located with {@code sources}. */
    public static List<Diagnostic> check(Branch branch, SourceMap sources) {
        List<Diagnostic> found = new ArrayList<>();
        List<Politician> politicians = branch.politicians();
        for (int i = 0; i < politicians.size(); i++) {
            for (Map.Entry<String, String> handle : politicians.get(i).handles().entrySet()) {
                String field = "politicians[" + i + "].handles." + handle.getKey();
                SourceMap.Position p = sources.value(field);
                Optional<String> problem = problem(handle.getKey(), handle.getValue());
                problem.ifPresent(
                        message ->
                                found.add(
                                        Diagnostic.error(
                                                sources.file(),
                                                p.line(),
                                                p.column(),
                                                field,
                                                message)));
                if (problem.isEmpty()) {
                    slip(handle.getKey(), handle.getValue())
                            .ifPresent(
                                    message ->
                                            found.add(
                                                    Diagnostic.warning(
                                                            sources.file(),
                                                            p.line(),
                                                            p.column(),
                                                            field,
                                                            message)));
                }
            }
        }
        return found;
    }

    /** A well-formed handle that looks mistyped, worded as a warning with what was meant. */
    private static Optional<String> slip(String channelId, String handle) {
        return Network.find(channelId)
                .flatMap(Network::mentions)
                .flatMap(syntax -> syntax.likelyMeant(handle))
                .map(
                        meant ->
                                "'"
                                        + handle
                                        + "' looks like a slip for '"
                                        + meant
                                        + "'; write that, or keep it only if it is the politician's"
                                        + " own domain");
    }

    private static Optional<String> problem(String channelId, String handle) {
        Optional<MentionSyntax> syntax = Network.find(channelId).flatMap(Network::mentions);
        if (syntax.isEmpty()) {
            return Optional.of(
                    "'" + channelId + "' has no @-mentions in post text; leave its handle out");
        }
        if (syntax.get().isValid(handle)) {
            return Optional.empty();
        }
        return Optional.of(
                "'"
                        + handle
                        + "' is not a valid handle on "
                        + channelId
                        + "; expected "
                        + syntax.get().expected());
    }
}
