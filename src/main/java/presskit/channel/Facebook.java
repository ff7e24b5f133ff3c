package presskit.channel;

import java.util.Optional;
import java.util.Set;

/** Facebook: 63 206 characters, one long post, a sharer that takes a link and no text. */
public record Facebook() implements Network {

    @Override
    public String id() {
        return "facebook";
    }

    @Override
    public String name() {
        return "Facebook";
    }

    @Override
    public int defaultLimit() {
        return 63_206;
    }

    @Override
    public LengthRule defaultRule() {
        return new CharacterLength();
    }

    @Override
    public Counting counting() {
        return Counting.CHARACTERS;
    }

    /** Facebook's share dialog takes the post's first link; without one, nothing is shared. */
    @Override
    public Optional<Composer> composer(Optional<String> mastodonInstance) {
        return Optional.of(Composer.link("https://www.facebook.com/sharer/sharer.php?u="));
    }

    /** Facebook has no handles in posts: the organisation names its page by its address. */
    @Override
    public String profile(String account) {
        return account;
    }

    @Override
    public boolean threads() {
        return false;
    }

    @Override
    public PostKinds defaultOutputs() {
        return new PostKinds(Set.of(PostKind.POST), Set.of(PostKind.POST), Set.of(PostKind.LOCAL));
    }
}
