package presskit.validate.links;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how to decode a page's bytes, as browsers do: the Content-Type header, else a byte order
 * mark, else a {@code <meta charset>} near the start, else UTF-8.
 */
final class PageCharset {

    private static final Pattern META =
            Pattern.compile(
                    "<meta[^>]*charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)",
                    Pattern.CASE_INSENSITIVE);
    // HTML requires the meta charset within the first 1024 bytes; some pages are a little late.
    private static final int SNIFF_BYTES = 4096;

    private PageCharset() {}

    /** The charset of the body; {@code header} is the Content-Type's charset parameter, or null. */
    static Charset of(byte[] body, String header) {
        return known(header)
                .or(() -> byteOrderMark(body))
                .or(
                        () -> {
                            String start =
                                    new String(
                                            body,
                                            0,
                                            Math.min(body.length, SNIFF_BYTES),
                                            StandardCharsets.ISO_8859_1);
                            Matcher m = META.matcher(start);
                            return m.find() ? known(m.group(1)) : Optional.empty();
                        })
                .orElse(StandardCharsets.UTF_8);
    }

    private static Optional<Charset> byteOrderMark(byte[] b) {
        if (b.length >= 3
                && (b[0] & 0xFF) == 0xEF
                && (b[1] & 0xFF) == 0xBB
                && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static Optional<Charset> known(String name) {
        try {
            return name != null && Charset.isSupported(name)
                    ? Optional.of(Charset.forName(name))
                    : Optional.empty();
        } catch (IllegalCharsetNameException e) {
            return Optional.empty();
        }
    }
}
