package presskit.publish;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Removes known secret values from text before it is shown, logged or stored. Network libraries put
 * request details into their exceptions; every message from them passes through here first.
 */
public final class SecretScrubber {

    /** What a removed secret is replaced with. */
    public static final String MASK = "[redacted]";

    private final List<String> secrets;

    public SecretScrubber(Collection<String> secretValues) {
        List<String> forms = new ArrayList<>();
        for (String secret : secretValues) {
            if (secret == null || secret.isBlank()) {
                continue;
            }
            forms.add(secret);
            // OAuth headers carry values percent-encoded.
            forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
        }
        // Longest first, so a secret that contains another is removed whole.
        forms.sort(Comparator.comparingInt(String::length).reversed());
        this.secrets = List.copyOf(forms);
    }

    /** {@code text} with every secret replaced by {@link #MASK}; null stays null. */
    public String scrub(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, MASK);
        }
        return result;
    }
}
