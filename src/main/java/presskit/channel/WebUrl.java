package presskit.channel;

import com.ibm.icu.text.IDNA;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An {@code http} or {@code https} address as a browser's {@code new URL(…)} reads it (the WHATWG
 * URL Standard), for the parts Bluesky's app shows of a link: the host lower-cased and in punycode,
 * a port only when it is not the scheme's default, and path, query and fragment percent-encoded.
 *
 * <p>Bluesky's app shortens a link from these parts, so presskit must see exactly what the browser
 * sees: {@code https://Åre.SE:443/löner} has the host {@code xn--re-xia.se} and the path {@code
 * /l%C3%B6ner}. Only what a link in a post can hold is covered; IPv6 hosts are kept as written,
 * lower-cased.
 *
 * @param host the host, with {@code :port} when the port is not the default (the URL's {@code
 *     host})
 * @param pathname the path, "/" when there is none
 * @param search "?" and the query, or empty when there is no query or it is empty
 * @param hash "#" and the fragment, or empty when there is no fragment or it is empty
 */
record WebUrl(String host, String pathname, String search, String hash) {

    // The WHATWG "domain to ASCII": UTS #46, non-transitional (ß stays ß), with the bidi and
    // joiner checks; hyphen placement and DNS lengths are not checked (beStrict is false).
    private static final IDNA UTS46 =
            IDNA.getUTS46Instance(
                    IDNA.NONTRANSITIONAL_TO_ASCII | IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ);
    private static final Set<IDNA.Error> NOT_STRICT =
            EnumSet.of(
                    IDNA.Error.EMPTY_LABEL,
                    IDNA.Error.LABEL_TOO_LONG,
                    IDNA.Error.DOMAIN_NAME_TOO_LONG,
                    IDNA.Error.LEADING_HYPHEN,
                    IDNA.Error.TRAILING_HYPHEN,
                    IDNA.Error.HYPHEN_3_4);
    // The standard's forbidden domain code points besides C0 controls and DEL.
    private static final String FORBIDDEN_IN_DOMAIN = " #%/:<>?@[\\]^|";
    private static final String FRAGMENT_SET = " \"<>`";
    private static final String QUERY_SET = " \"#<>'";
    private static final String PATH_SET = " \"#<>?`{}";

    /** The address read as a browser reads it, or empty where the browser would refuse it. */
    static Optional<WebUrl> parse(String input) {
        String url = input.strip();
        int colon = url.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
        int defaultPort;
        if (scheme.equals("http")) {
            defaultPort = 80;
        } else if (scheme.equals("https")) {
            defaultPort = 443;
        } else {
            return Optional.empty();
        }
        int at = colon + 1;
        // A special scheme's authority follows any number of slashes and backslashes.
        while (at < url.length() && (url.charAt(at) == '/' || url.charAt(at) == '\\')) {
            at++;
        }
        int authorityEnd = at;
        while (authorityEnd < url.length() && "/\\?#".indexOf(url.charAt(authorityEnd)) < 0) {
            authorityEnd++;
        }
        String authority = url.substring(at, authorityEnd);
        // The user and password go before the last '@' and are not part of the host.
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        int portColon = hostPort.lastIndexOf(':');
        if (portColon < hostPort.lastIndexOf(']')) {
            portColon = -1;
        }
        String rawHost = portColon < 0 ? hostPort : hostPort.substring(0, portColon);
        Optional<String> host = host(rawHost);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        String port = "";
        if (portColon >= 0) {
            String digits = hostPort.substring(portColon + 1);
            if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            if (!digits.isEmpty()) {
                String value = digits.replaceFirst("^0+(?=.)", "");
                if (value.length() > 5 || Integer.parseInt(value) > 65535) {
                    return Optional.empty();
                }
                if (Integer.parseInt(value) != defaultPort) {
                    port = ":" + value;
                }
            }
        }
        String rest = url.substring(authorityEnd);
        int hashAt = rest.indexOf('#');
        String fragment = hashAt < 0 ? null : rest.substring(hashAt + 1);
        String beforeHash = hashAt < 0 ? rest : rest.substring(0, hashAt);
        int queryAt = beforeHash.indexOf('?');
        String query = queryAt < 0 ? null : beforeHash.substring(queryAt + 1);
        String path = queryAt < 0 ? beforeHash : beforeHash.substring(0, queryAt);
        return Optional.of(
                new WebUrl(
                        host.get() + port,
                        pathname(path),
                        query == null || query.isEmpty() ? "" : "?" + encode(query, QUERY_SET),
                        fragment == null || fragment.isEmpty()
                                ? ""
                                : "#" + encode(fragment, FRAGMENT_SET)));
    }

    /** The host parser: percent-decoded, then to ASCII; IPv4 in any of its notations as dotted. */
    private static Optional<String> host(String raw) {
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        if (raw.startsWith("[")) {
            return raw.endsWith("]") ? Optional.of(raw.toLowerCase(Locale.ROOT)) : Optional.empty();
        }
        String decoded = decode(raw);
        StringBuilder ascii = new StringBuilder();
        IDNA.Info info = new IDNA.Info();
        UTS46.nameToASCII(decoded, ascii, info);
        Set<IDNA.Error> errors = EnumSet.noneOf(IDNA.Error.class);
        errors.addAll(info.getErrors());
        errors.removeAll(NOT_STRICT);
        String domain = ascii.toString();
        if (!errors.isEmpty() || domain.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < domain.length(); i++) {
            char c = domain.charAt(i);
            if (c <= 0x20 || c == 0x7F || FORBIDDEN_IN_DOMAIN.indexOf(c) >= 0) {
                return Optional.empty();
            }
        }
        return endsInNumber(domain) ? ipv4(domain) : Optional.of(domain);
    }

    private static boolean endsInNumber(String domain) {
        List<String> labels = new ArrayList<>(List.of(domain.split("\\.", -1)));
        if (labels.get(labels.size() - 1).isEmpty()) {
            if (labels.size() == 1) {
                return false;
            }
            labels.remove(labels.size() - 1);
        }
        String last = labels.get(labels.size() - 1);
        return !last.isEmpty() && last.chars().allMatch(c -> c >= '0' && c <= '9')
                || ipv4Number(last) >= 0;
    }

    private static Optional<String> ipv4(String domain) {
        List<String> parts = new ArrayList<>(List.of(domain.split("\\.", -1)));
        if (parts.get(parts.size() - 1).isEmpty() && parts.size() > 1) {
            parts.remove(parts.size() - 1);
        }
        if (parts.size() > 4) {
            return Optional.empty();
        }
        long[] numbers = new long[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            numbers[i] = ipv4Number(parts.get(i));
            if (numbers[i] < 0 || i < parts.size() - 1 && numbers[i] > 255) {
                return Optional.empty();
            }
        }
        long last = numbers[numbers.length - 1];
        if (last >= 1L << (8 * (5 - numbers.length))) {
            return Optional.empty();
        }
        long address = last;
        for (int i = 0; i < numbers.length - 1; i++) {
            address += numbers[i] << (8 * (3 - i));
        }
        return Optional.of(
                (address >> 24)
                        + "."
                        + (address >> 16 & 255)
                        + "."
                        + (address >> 8 & 255)
                        + "."
                        + (address & 255));
    }

    /** An IPv4 part in decimal, hexadecimal (0x) or octal (leading 0), or -1. */
    private static long ipv4Number(String part) {
        int radix = 10;
        String digits = part;
        if (digits.length() >= 2 && digits.toLowerCase(Locale.ROOT).startsWith("0x")) {
            radix = 16;
            digits = digits.substring(2);
        } else if (digits.length() >= 2 && digits.startsWith("0")) {
            radix = 8;
            digits = digits.substring(1);
        }
        if (digits.isEmpty()) {
            return part.isEmpty() ? -1 : 0;
        }
        if (digits.length() > 12) {
            return -1;
        }
        try {
            return Long.parseLong(digits, radix);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The path with "." and ".." segments resolved, each segment percent-encoded. */
    private static String pathname(String path) {
        List<String> segments = new ArrayList<>();
        if (path.isEmpty()) {
            return "/";
        }
        // The path starts with its separator; a backslash separates as a slash does.
        String[] parts = path.substring(1).split("[/\\\\]", -1);
        for (int i = 0; i < parts.length; i++) {
            String segment = parts[i];
            boolean last = i == parts.length - 1;
            if (isDoubleDot(segment)) {
                if (!segments.isEmpty()) {
                    segments.remove(segments.size() - 1);
                }
                if (last) {
                    segments.add("");
                }
            } else if (isSingleDot(segment)) {
                if (last) {
                    segments.add("");
                }
            } else {
                segments.add(encode(segment, PATH_SET));
            }
        }
        return "/" + String.join("/", segments);
    }

    private static boolean isSingleDot(String segment) {
        return segment.equals(".") || segment.equalsIgnoreCase("%2e");
    }

    private static boolean isDoubleDot(String segment) {
        String s = segment.toLowerCase(Locale.ROOT).replace("%2e", ".");
        return s.equals("..");
    }

    /**
     * Percent-encodes C0 controls, everything above '~' (as UTF-8 bytes) and the {@code extra}
     * characters; a '%' stays as written.
     */
    private static String encode(String text, String extra) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            if (c < 0x20 || c > 0x7E || extra.indexOf(c) >= 0) {
                // A lone surrogate becomes U+FFFD, as the standard's UTF-8 encoder makes it.
                String one =
                        Character.isSurrogate((char) c) ? "\uFFFD" : text.substring(i, i + width);
                for (byte b : one.getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
                }
            } else {
                out.append((char) c);
            }
            i += width;
        }
        return out.toString();
    }

    /** Percent-decodes {@code text} as UTF-8, leaving a '%' without two hex digits as it is. */
    private static String decode(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%'
                    && i + 2 < bytes.length
                    && Character.digit(bytes[i + 1], 16) >= 0
                    && Character.digit(bytes[i + 2], 16) >= 0) {
                out.write(
                        Character.digit(bytes[i + 1], 16) * 16 + Character.digit(bytes[i + 2], 16));
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
