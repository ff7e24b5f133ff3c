package presskit.channel;

import java.util.Optional;
import java.util.Set;

/** LinkedIn: 3000 characters, one long post, people tagged through LinkedIn's own picker. */
public record LinkedIn() implements Network {

    @Override
    public String id() {
        return "linkedin";
    }

    @Override
    public String name() {
        return "LinkedIn";
    }

    @Override
    public int defaultLimit() {
        return 3000;
    }

    @Override
    public LengthRule defaultRule() {
        return new CharacterLength();
    }

    @Override
    public Counting counting() {
        return Counting.CHARACTERS;
    }

    @Override
    public Optional<Composer> composer(Optional<String> mastodonInstance) {
        return Optional.of(Composer.text("https://www.linkedin.com/feed/?shareActive=true&text="));
    }

    /** LinkedIn has no handles: the organisation names its page by its address. */
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
