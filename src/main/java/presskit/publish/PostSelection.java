package presskit.publish;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which outputs of a build a run publishes: one channel, and either one variant or the listed ids.
 *
 * @param channel the channel, such as {@code x}
 * @param variant {@code national}, a region or a municipality code; empty means national unless ids
 *     are listed
 * @param onlyIds output ids to publish; empty means every output of the variant
 */
public record PostSelection(String channel, Optional<String> variant, List<String> onlyIds) {

    public PostSelection {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(variant, "variant");
        onlyIds = List.copyOf(onlyIds);
    }

    /**
     * Whether the output belongs to this selection (ids are checked separately, so unknown ones are
     * named).
     */
    boolean matches(BuildOutput output) {
        if (!channel.equals(output.channel())
                || !("post".equals(output.kind()) || output.isThread())) {
            return false;
        }
        if (!onlyIds.isEmpty() && !onlyIds.contains(output.id())) {
            return false;
        }
        String wanted = variant.orElse(onlyIds.isEmpty() ? "national" : null);
        return wanted == null || wanted.equals(output.variant());
    }

    /** {@code variant national} or {@code the listed ids}, for messages. */
    String describe() {
        return onlyIds.isEmpty()
                ? "variant " + variant.orElse("national")
                : "--only " + String.join(" ", onlyIds);
    }
}
