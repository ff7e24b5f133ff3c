package presskit.channel;

/** How one network measures the length of a post. */
@FunctionalInterface
public interface LengthRule {

    /** The length of {@code text} as the network counts it. */
    int length(String text);
}
