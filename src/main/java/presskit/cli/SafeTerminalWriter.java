package presskit.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Passes text to a terminal with every character that could act on the terminal, or turn the text's
 * reading order around, written as a visible {@code \}{@code uXXXX} escape instead: control
 * characters other than line feed, carriage return and tab (ESC would clear the screen or set the
 * window's title, BEL rings), DEL and the C1 controls, the bidirectional embeddings, overrides and
 * isolates, and halves of surrogate pairs that stand alone. The escape is also the character's JSON
 * escape, so a JSON answer keeps its content. Whatever a campaign or a server sends, presskit
 * prints it as text.
 */
final class SafeTerminalWriter extends FilterWriter {

    private char pendingHigh;

    SafeTerminalWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(ch)) {
                out.write(high);
                out.write(ch);
                return;
            }
            escape(high);
        }
        if (Character.isHighSurrogate(ch)) {
            pendingHigh = ch;
        } else if (unsafe(ch)) {
            escape(ch);
        } else {
            out.write(ch);
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(buffer[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(text.charAt(i));
        }
    }

    @Override
    public void flush() throws IOException {
        // A high surrogate whose pair has not come yet waits: the pair may be split across writes.
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (pendingHigh != 0) {
            escape(pendingHigh);
            pendingHigh = 0;
        }
        out.close();
    }

    static boolean unsafe(char c) {
        return c < 0x20 && c != '\n' && c != '\r' && c != '\t'
                || c >= 0x7F && c <= 0x9F
                || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069
                || Character.isLowSurrogate(c);
    }

    private void escape(char c) throws IOException {
        out.write(String.format("\\u%04X", (int) c));
    }
}
