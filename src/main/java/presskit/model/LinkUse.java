package presskit.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a link may appear: what a year file lists under {@code links[].in}. */
public enum LinkUse {
    /** The press release's "Läs mer". */
    RELEASE,
    /** Posts on every network. */
    POSTS,
    /** The message sheet for colleagues. */
    SHEET;

    /** The word a year file writes: {@code release}, {@code posts}, {@code sheet}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LinkUse> of(String word) {
        return Arrays.stream(values()).filter(u -> u.word().equals(word)).findFirst();
    }
}
