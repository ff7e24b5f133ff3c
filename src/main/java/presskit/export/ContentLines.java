package presskit.export;

import java.nio.charset.StandardCharsets;

/**
 * Writes content lines the way vCard (RFC 6350) and iCalendar (RFC 5545) want them: folded at 75
 * octets, never inside a UTF-8 sequence, each continuation starting with one space, every line
 * ending in CRLF.
 */
public final class ContentLines {

    private static final int OCTETS = 75;

    private ContentLines() {}

    /** Appends {@code line}, folded, and its CRLF to {@code out}. */
    public static void append(StringBuilder out, String line) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > OCTETS) {
                // A folded line continues after CRLF and one space, which the reader removes.
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
