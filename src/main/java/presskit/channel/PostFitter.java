package presskit.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes a post fit its channel: drops optional hashtags first, then splits into a numbered thread
 * (see {@link ThreadSplitter} for how a thread reads).
 *
 * <p>In order: a text that fits is returned unchanged. Otherwise the optional hashtags are dropped
 * one at a time, the one written last first, re-checking after each. If the post is still too long
 * and the channel has threads, it is split by {@link ThreadSplitter}. A line holding only {@code
 * ---} always ends a thread part (on a channel without threads the line is just removed). Rejoining
 * the parts without their "(i/n)", with the closing hashtags and link moved from the first part
 * back to the end, gives the text, minus dropped hashtags and {@code ---} lines, up to whitespace.
 */
public final class PostFitter {

    private final Channel channel;

    public PostFitter(Channel channel) {
        this.channel = Objects.requireNonNull(channel, "channel");
    }

    /**
     * Fits {@code text}, dropping any of {@code optionalHashtags} (written with or without '#',
     * matched case-insensitively as whole tokens) only when it does not fit. Never throws for a
     * text that cannot be made to fit: see {@link FittedPost#fitsAll(Channel)}.
     */
    public FittedPost fit(String text, List<String> optionalHashtags) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(optionalHashtags, "optionalHashtags");
        String current = text;
        List<String> dropped = new ArrayList<>();
        List<String> parts = asWritten(current);
        while (!allFit(parts)) {
            Optional<HashtagDropper.Drop> drop = HashtagDropper.dropLast(current, optionalHashtags);
            if (drop.isEmpty()) {
                break;
            }
            current = drop.get().text();
            dropped.add(drop.get().hashtag());
            parts = asWritten(current);
        }
        if (!allFit(parts) && channel.threads()) {
            parts = new ThreadSplitter(channel).split(ExplicitBreaks.segments(current));
        }
        return new FittedPost(parts, dropped, channel.length(ExplicitBreaks.removed(current)));
    }

    public Channel channel() {
        return channel;
    }

    /** The post split only where the author marked it, numbered if that makes a thread. */
    private List<String> asWritten(String text) {
        if (!ExplicitBreaks.present(text)) {
            return List.of(text);
        }
        if (!channel.threads()) {
            return List.of(ExplicitBreaks.removed(text));
        }
        List<String> segments = ExplicitBreaks.segments(text);
        if (segments.size() <= 1) {
            return segments.isEmpty() ? List.of("") : segments;
        }
        List<String> parts = new ArrayList<>(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            parts.add(
                    ThreadSplitter.numbered(
                            segments.get(i), i + 1, String.valueOf(segments.size())));
        }
        return parts;
    }

    private boolean allFit(List<String> parts) {
        return parts.stream().allMatch(channel::fits);
    }
}
