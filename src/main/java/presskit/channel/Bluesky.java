package presskit.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Bluesky: 300 graphemes, links counted as the composer shows them, threads, domain handles. */
public record Bluesky() implements Network {

    // ASCII labels of letters, digits and inner hyphens, at least two, the last one starting with
    // a letter.
    private static final Pattern HANDLE =
            Pattern.compile(
                    "@((?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+"
                            + "[a-zA-Z](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)");
    // Top-level domains the AT Protocol refuses for handles.
    private static final Set<String> RESERVED_TLDS =
            Set.of("alt", "arpa", "example", "internal", "invalid", "local", "localhost", "onion");
    // Bluesky's composer looks for '@' after a start, a space or '(' and then checks the handle.
    private static final Pattern IN_TEXT = Pattern.compile("(?<=^|\\s|\\()@[a-zA-Z0-9.-]+");

    @Override
    public String id() {
        return "bluesky";
    }

    @Override
    public String name() {
        return "Bluesky";
    }

    @Override
    public int defaultLimit() {
        return 300;
    }

    @Override
    public LengthRule defaultRule() {
        return new BlueskyLength();
    }

    @Override
    public Counting counting() {
        return Counting.GRAPHEMES;
    }

    /** {@code @} and a domain-style handle as the AT Protocol defines it: {@code @exempel.se}. */
    @Override
    public Optional<MentionSyntax> mentions() {
        return Optional.of(
                new MentionSyntax() {
                    @Override
                    public boolean isValid(String handle) {
                        return isHandle(handle);
                    }

                    @Override
                    public String expected() {
                        return "'@' followed by a domain-style handle, e.g. @exempel.bsky.social";
                    }

                    @Override
                    public List<String> extract(String text) {
                        List<String> found = new ArrayList<>();
                        Matcher m = IN_TEXT.matcher(text);
                        while (m.find()) {
                            // A sentence may end right after the handle: "… @exempel.se."
                            String handle = m.group().replaceAll("[.-]+$", "");
                            if (isHandle(handle)) {
                                found.add(handle);
                            }
                        }
                        return found;
                    }
                });
    }

    private static boolean isHandle(String handle) {
        if (handle.length() > 254 || !HANDLE.matcher(handle).matches()) {
            return false;
        }
        String tld = handle.substring(handle.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return !RESERVED_TLDS.contains(tld);
    }

    @Override
    public Optional<Composer> composer(Optional<String> mastodonInstance) {
        return Optional.of(Composer.text("https://bsky.app/intent/compose?text="));
    }

    @Override
    public boolean threads() {
        return true;
    }

    @Override
    public PostKinds defaultOutputs() {
        return new PostKinds(
                Set.of(PostKind.SHORT, PostKind.KEY),
                Set.of(PostKind.REGIONAL),
                Set.of(PostKind.LOCAL));
    }
}
