package presskit.cli;

import java.util.List;
import java.util.function.Predicate;
import presskit.publish.BuildManifest;
import presskit.publish.BuildOutput;

/**
 * Which posts and threads {@code approve} approves or lists: a variant (national unless ids are
 * listed), optionally one network, optionally the listed ids.
 *
 * @param channel the network id; null for every network
 * @param variant {@code national}, a region or a municipality code; null for the default
 * @param only the output ids; empty for every post and thread of the variant
 */
record ApprovalSelection(String channel, String variant, List<String> only) {

    ApprovalSelection {
        only = List.copyOf(only);
    }

    /**
     * The outputs of {@code manifest} this selection takes.
     *
     * @throws CommandFailure when an id of {@code only} names no post or thread of the selection
     */
    Predicate<BuildOutput> in(BuildManifest manifest) {
        String wanted = variant != null ? variant : only.isEmpty() ? "national" : null;
        Predicate<BuildOutput> selected =
                o ->
                        ("post".equals(o.kind()) || o.isThread())
                                && (channel == null || channel.equals(o.channel()))
                                && (wanted == null || wanted.equals(o.variant()))
                                && (only.isEmpty() || only.contains(o.id()));
        for (String id : only) {
            if (manifest.outputs().stream().noneMatch(o -> o.id().equals(id) && selected.test(o))) {
                throw new CommandFailure(
                        ExitCode.USAGE_OR_INPUT,
                        "--only "
                                + id
                                + ": no post or thread with that id in "
                                + manifest.file()
                                + where()
                                + "; 'presskit approve --list' shows the ids");
            }
        }
        return selected;
    }

    /** "variant national on x", "--only national/x/key-1", for messages. */
    String describe() {
        return (only.isEmpty()
                        ? "variant " + (variant == null ? "national" : variant)
                        : "--only " + String.join(" ", only))
                + (channel == null ? "" : " on " + channel);
    }

    private String where() {
        return (channel == null ? "" : " on " + channel)
                + (variant == null ? "" : " for variant " + variant);
    }
}
