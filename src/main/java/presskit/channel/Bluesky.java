package presskit.channel;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Bluesky: 300 graphemes, links counted as the composer shows them, threads, domain handles;
 * presskit posts to it.
 */
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
    // The domain of the handles Bluesky gives out; one a letter away is almost surely a slip.
    private static final String HOSTED = ".bsky.social";

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

    /** As Bluesky's app makes tag facets: {@code #välfärd}, not {@code (#välfärd)}. */
    @Override
    public Hashtags hashtags() {
        return Hashtags.bluesky();
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
                    public Optional<String> likelyMeant(String handle) {
                        return nearHosted(handle);
                    }

                    @Override
                    public List<String> extract(String text) {
                        return BlueskyText.mentions(text);
                    }
                });
    }

    /**
     * {@code @name.bsky.social} for a handle whose end is one edit (a letter added, left out,
     * changed or two swapped) from {@code .bsky.social}: {@code @name.bsky.socal}, {@code
     * @name.bskysocial}. A handle on any other domain is the holder's own and left alone.
     */
    static Optional<String> nearHosted(String handle) {
        String lower = handle.toLowerCase(Locale.ROOT);
        if (lower.endsWith(HOSTED)) {
            return Optional.empty();
        }
        for (int tail = HOSTED.length() - 1; tail <= HOSTED.length() + 1; tail++) {
            // The name before the domain keeps at least one character besides the '@'.
            if (lower.length() - tail < 2) {
                continue;
            }
            if (oneEditApart(lower.substring(lower.length() - tail), HOSTED)) {
                return Optional.of(handle.substring(0, handle.length() - tail) + HOSTED);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code a} becomes {@code b} by one insertion, deletion, change or swap. */
    private static boolean oneEditApart(String a, String b) {
        if (a.length() == b.length()) {
            List<Integer> differ = new ArrayList<>();
            for (int i = 0; i < a.length() && differ.size() < 3; i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    differ.add(i);
                }
            }
            return differ.size() == 1
                    || differ.size() == 2
                            && differ.get(1) == differ.get(0) + 1
                            && a.charAt(differ.get(0)) == b.charAt(differ.get(1))
                            && a.charAt(differ.get(1)) == b.charAt(differ.get(0));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.length() - shorter.length() != 1) {
            return false;
        }
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.substring(i).equals(longer.substring(i + 1));
    }

    /** Whether {@code handle} (with its '@') is a handle the AT Protocol allows. */
    static boolean isHandle(String handle) {
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
    public String profile(String account) {
        return "https://bsky.app/profile/" + account.substring(1);
    }

    @Override
    public boolean threads() {
        return true;
    }

    @Override
    public boolean publishable() {
        return true;
    }

    /** Buffer only: Hootsuite's bulk composer does not post to Bluesky, as far as we know. */
    @Override
    public Set<BulkScheduler> bulkSchedulers() {
        return EnumSet.of(BulkScheduler.BUFFER);
    }

    @Override
    public PostKinds defaultOutputs() {
        return new PostKinds(
                Set.of(PostKind.SHORT, PostKind.KEY),
                Set.of(PostKind.REGIONAL),
                Set.of(PostKind.LOCAL));
    }
}
