package presskit.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * How a figure's value is expressed, with the word the YAML uses for it and the values it allows.
 */
public enum FigureUnit {
    /** A percentage, said "53 procent" or "2,5 procent": 0–100, decimals allowed. */
    PERCENT("procent", 100, true),
    /** Out of ten, said "åtta av tio": a whole number 0–10. */
    OUT_OF_TEN("av tio", 10, false),
    /** A count, said "12 400 heltidstjänster": a whole number 0–1 000 000 000. */
    COUNT("antal", 1_000_000_000, false);

    private final String word;
    private final BigDecimal most;
    private final boolean decimals;

    FigureUnit(String word, long most, boolean decimals) {
        this.word = word;
        this.most = BigDecimal.valueOf(most);
        this.decimals = decimals;
    }

    /** The unit as a year file writes it: "procent", "av tio", "antal". */
    public String word() {
        return word;
    }

    /** The largest value the unit allows; the smallest is 0. */
    public BigDecimal most() {
        return most;
    }

    /** Whether a value may have decimals ("2,5 procent"). */
    public boolean decimals() {
        return decimals;
    }

    /** Whether {@code value} is one this unit can say. */
    public boolean allows(BigDecimal value) {
        return value.signum() >= 0
                && value.compareTo(most) <= 0
                && (decimals || value.stripTrailingZeros().scale() <= 0);
    }

    /** The unit a year file's word names. */
    public static Optional<FigureUnit> of(String word) {
        return Arrays.stream(values()).filter(u -> u.word.equals(word)).findFirst();
    }
}
