package presskit.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import presskit.channel.MentionSyntax;
import presskit.channel.Network;
import presskit.diagnostic.Diagnostic;
import presskit.model.Branch;
import presskit.model.Organisation;
import presskit.model.Politician;
import presskit.source.SourceMap;

/**
 * Checks every politician's handle in a branch file, and the organisation's own accounts, against
 * their network's mention syntax, at the handle's line: a local post cannot tag someone with a
 * handle the network refuses, and the page cannot link an account it cannot read. A well-formed
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
                check(
                        handle.getKey(),
                        handle.getValue(),
                        "the politician's",
                        field,
                        sources,
                        found);
            }
        }
        return found;
    }

    /**
     * The malformed handles among the organisation's own accounts, on the networks that have
     * handles; the page links each one to its profile. The others are addresses, which the schema
     * and the loader's address check cover.
     */
    public static List<Diagnostic> check(Organisation organisation, SourceMap sources) {
        List<Diagnostic> found = new ArrayList<>();
        for (Map.Entry<String, String> account : organisation.accounts().entrySet()) {
            if (Network.find(account.getKey()).flatMap(Network::mentions).isPresent()) {
                String field = "accounts." + account.getKey();
                check(
                        account.getKey(),
                        account.getValue(),
                        "the organisation's",
                        field,
                        sources,
                        found);
            }
        }
        return found;
    }

    /**
     * Adds to {@code found} the error for a malformed handle, or the warning for a well-formed one
     * that looks mistyped, at {@code field}'s place.
     */
    private static void check(
            String channelId,
            String handle,
            String owner,
            String field,
            SourceMap sources,
            List<Diagnostic> found) {
        Optional<String> problem = problem(channelId, handle);
        if (problem.isPresent()) {
            found.add(sources.error(field, problem.get()));
            return;
        }
        slip(channelId, handle, owner)
                .ifPresent(message -> found.add(sources.warning(field, message)));
    }

    /** A well-formed handle that looks mistyped, worded as a warning with what was meant. */
    private static Optional<String> slip(String channelId, String handle, String owner) {
        return Network.find(channelId)
                .flatMap(Network::mentions)
                .flatMap(syntax -> syntax.likelyMeant(handle))
                .map(
                        meant ->
                                "'"
                                        + handle
                                        + "' looks like a slip for '"
                                        + meant
                                        + "'; write that, or keep it only if it is "
                                        + owner
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
