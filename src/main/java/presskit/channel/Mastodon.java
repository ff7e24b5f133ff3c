package presskit.channel;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Mastodon: 500 characters on most instances, links counting what the instance reserves per link,
 * threads, and a composer on each instance.
 */
public record Mastodon() implements Network {

    // The user as Mastodon's USERNAME_RE, the domain a host name with a top-level domain.
    private static final Pattern HANDLE =
            Pattern.compile(
                    "@([A-Za-z0-9_]+(?:[.-]+[A-Za-z0-9_]+)*)"
                            + "@((?:[\\p{L}\\p{Nd}](?:[\\p{L}\\p{Nd}-]*[\\p{L}\\p{Nd}])?\\.)+"
                            + "(?:\\p{L}{2,}|xn--[a-z0-9-]+))");

    @Override
    public String id() {
        return "mastodon";
    }

    @Override
    public String name() {
        return "Mastodon";
    }

    @Override
    public int defaultLimit() {
        return 500;
    }

    @Override
    public LengthRule defaultRule() {
        return new MastodonLength();
    }

    /** Every instance announces its own {@code characters_reserved_per_url}. */
    @Override
    public Optional<LengthRule> ruleWithLinkLength(int linkLength) {
        return Optional.of(new MastodonLength(linkLength));
    }

    @Override
    public Counting counting() {
        return Counting.FIXED_LINKS;
    }

    /**
     * {@code @user@domain.tld}; a bare {@code @user} only works on one's own instance, so it is
     * refused.
     */
    @Override
    public Optional<MentionSyntax> mentions() {
        return Optional.of(
                new MentionSyntax() {
                    @Override
                    public boolean isValid(String handle) {
                        return HANDLE.matcher(handle).matches();
                    }

                    @Override
                    public String expected() {
                        return "'@user@domain', e.g. @exempel@mastodon.nu";
                    }

                    @Override
                    public List<String> extract(String text) {
                        return MastodonLength.mentions(text).stream()
                                .map(MatchResult::group)
                                .toList();
                    }
                });
    }

    /** Every instance has its own composer, so there is one only when the instance is known. */
    @Override
    public Optional<Composer> composer(Optional<String> mastodonInstance) {
        return mastodonInstance.map(host -> Composer.text("https://" + host + "/share?text="));
    }

    /** {@code @user@host} → {@code https://host/@user}, the profile on the user's own instance. */
    @Override
    public String profile(String account) {
        int at = account.indexOf('@', 1);
        return "https://" + account.substring(at + 1) + "/" + account.substring(0, at);
    }

    @Override
    public boolean threads() {
        return true;
    }

    @Override
    public boolean publishable() {
        return true;
    }

    /** Buffer only: Hootsuite's bulk composer does not post to Mastodon, as far as we know. */
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
