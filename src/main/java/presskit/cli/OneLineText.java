package presskit.cli;

import java.util.regex.Pattern;

/**
 * Checks a text option that ends up in a file people read and commit, such as {@code approve --by}:
 * one line, nothing hidden, bounded.
 */
final class OneLineText {

    // Line breaks and control characters would break the file's lines; format characters
    // (direction overrides) would make it read otherwise than it says.
    private static final Pattern HIDDEN = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");

    private OneLineText() {}

    /**
     * Accepts {@code text}, given as {@code option}, or refuses it as a usage error.
     *
     * @throws CommandFailure a usage error naming {@code option} when {@code text} holds a line
     *     break, a control or a direction character, or is longer than {@code max} characters
     */
    static void check(String option, String text, int max) {
        if (HIDDEN.matcher(text).find()) {
            throw new CommandFailure(
                    ExitCode.USAGE_OR_INPUT,
                    option
                            + " must be one line of visible text: it holds a line break, a"
                            + " control or a direction character");
        }
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            throw new CommandFailure(
                    ExitCode.USAGE_OR_INPUT,
                    option + " is " + length + " characters long; write at most " + max);
        }
    }
}
