package presskit.channel;

import java.util.Locale;

/** How the press-kit page's script counts a post while it is edited, as the network's rule does. */
public enum Counting {
    /** twitter-text's weighted length. */
    TWITTER_TEXT,
    /**
     * Graphemes, with every link counting the channel's link length and {@code @user@domain}
     * counting as {@code @user} (Mastodon's way).
     */
    FIXED_LINKS,
    /** Graphemes of the text as the composer shows it: a link as its host and a short path. */
    GRAPHEMES,
    /** UTF-16 code units, as the network's own JavaScript checks its limit. */
    CHARACTERS;

    /** The name the page's script switches on, e.g. {@code twitter-text}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
