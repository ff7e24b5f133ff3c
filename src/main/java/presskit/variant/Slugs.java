package presskit.variant;

import java.text.Normalizer;
import java.util.Locale;

/** ASCII folder names from Swedish place names: "Upplands Väsby" → "upplands-vasby". */
public final class Slugs {

    private Slugs() {}

    public static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }
}
