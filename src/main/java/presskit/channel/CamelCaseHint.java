package presskit.channel;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A suggestion (a warning, never an error) to write a multi-word hashtag in CamelCase, which screen
 * readers read as words instead of spelling out one long string.
 *
 * <p>Nothing can tell reliably where the words of an all-lowercase Swedish compound begin, so the
 * heuristic is deliberately narrow. A tag gets a hint only when it has no capital letter and either
 *
 * <ul>
 *   <li>has {@value #LONG_TAG} or more letters (short tags such as {@code #svpol}, {@code #välfärd}
 *       or {@code #skolan} read fine), or
 *   <li>has digits between letters ({@code #val2022sverige}), a sure sign of several words.
 * </ul>
 *
 * Tags with a capital ({@code #Skolrapporten}) or an underscore are left alone: their author has
 * already marked the words. The suggestion capitalises the first letter of every letter run; for a
 * long compound only the author knows the other word starts.
 *
 * @param tag the hashtag as written, without '#'
 * @param suggestion a better spelling to start from, without '#'
 */
public record CamelCaseHint(String tag, String suggestion) {

    /** Letters from which an all-lowercase tag is taken to be several words. */
    public static final int LONG_TAG = 16;

    private static final Pattern DIGITS_BETWEEN_WORDS = Pattern.compile("\\p{L}\\p{Nd}+\\p{L}");

    /** The hint for {@code tag} (with or without '#'), or empty when it reads well as it is. */
    public static Optional<CamelCaseHint> of(String tag) {
        String bare = tag.startsWith("#") ? tag.substring(1) : tag;
        if (bare.codePoints().anyMatch(Character::isUpperCase) || bare.indexOf('_') >= 0) {
            return Optional.empty();
        }
        long letters = bare.codePoints().filter(Character::isLetter).count();
        if (letters < LONG_TAG && !DIGITS_BETWEEN_WORDS.matcher(bare).find()) {
            return Optional.empty();
        }
        return Optional.of(new CamelCaseHint(bare, capitaliseRuns(bare)));
    }

    /** A sentence for the validator's report. */
    public String message() {
        return "hashtag #"
                + tag
                + " looks like several words; screen readers read it better in CamelCase, e.g. #"
                + suggestion
                + " with a capital at every word";
    }

    private static String capitaliseRuns(String tag) {
        StringBuilder out = new StringBuilder(tag.length());
        boolean runStart = true;
        for (int i = 0; i < tag.length(); ) {
            int cp = tag.codePointAt(i);
            boolean letter = Character.isLetter(cp);
            out.appendCodePoint(letter && runStart ? Character.toTitleCase(cp) : cp);
            // A combining mark belongs to the letter before it, so it does not end the run.
            runStart = !letter && !isMark(cp);
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
