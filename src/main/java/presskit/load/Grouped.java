package presskit.load;

/**
 * Whole numbers as messages write them: {@code 10 000 000}, thousands set apart as in Swedish, but
 * four digits kept together ({@code 2099}, {@code 1000}) as Swedish typography does.
 */
final class Grouped {

    private Grouped() {}

    /** {@code number} with a space between each group of three digits from five digits on. */
    static String of(long number) {
        String digits = Long.toString(number).replace("-", "");
        if (digits.length() <= 4) {
            return Long.toString(number);
        }
        StringBuilder out = new StringBuilder(number < 0 ? "-" : "");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(' ');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
