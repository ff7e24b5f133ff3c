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
            // A form body encodes the value as HTML forms do (space → '+').
            String form = URLEncoder.encode(secret, StandardCharsets.UTF_8);
            forms.add(form);
            // OAuth 1.0a headers carry values percent-encoded per RFC 3986 (space → %20, '*' →
            // %2A); the signature base string encodes them twice.
            String oauth = rfc3986(secret);
            forms.add(oauth);
            forms.add(rfc3986(oauth));
            // A server that quotes a request back in JSON escapes quotes and backslashes.
            forms.add(secret.replace("\\", "\\\\").replace("\"", "\\\""));
            forms.add(lowerHex(oauth));
        }
        forms.removeIf(String::isEmpty);
        // Longest first, so a secret that contains another is removed whole.
        forms.sort(Comparator.comparingInt(String::length).reversed());
        this.secrets = List.copyOf(forms);
    }

    /**
     * RFC 3986: every byte but the unreserved {@code A-Z a-z 0-9 - . _ ~} as upper-case {@code
     * %XX}.
     */
    private static String rfc3986(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A")
                .replace("%7E", "~");
    }

    /** The same encoding with lower-case hex digits, which some clients write. */
    private static String lowerHex(String encoded) {
        StringBuilder out = new StringBuilder(encoded);
        for (int i = encoded.indexOf('%');
                i >= 0 && i + 2 < out.length();
                i = encoded.indexOf('%', i + 1)) {
            out.setCharAt(i + 1, Character.toLowerCase(out.charAt(i + 1)));
            out.setCharAt(i + 2, Character.toLowerCase(out.charAt(i + 2)));
        }
        return out.toString();
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
