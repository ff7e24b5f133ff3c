package presskit.render;

import java.io.Writer;

/**
 * Where one rendering writes: text in memory, at most {@link #MAX_CHARS} characters; past that the
 * guard records the bound crossed at the element writing, and the rendering stops.
 */
final class BoundedOutput extends Writer {

    /**
     * The most characters one output may have: 16 Mi. Posts and documents have a few thousand; the
     * press-kit page, the largest output, about 1.2 million for the shipped year (every post of 312
     * editions as JSON), so a campaign may grow many times over before reaching it, while a
     * template that writes without end stops within a fraction of a second.
     */
    static final int MAX_CHARS = 16 * 1024 * 1024;

    private final StringBuilder text = new StringBuilder();
    private final RenderGuard guard;

    BoundedOutput(RenderGuard guard) {
        this.guard = guard;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        room(length);
        text.append(chars, offset, length);
    }

    @Override
    public void write(String s, int offset, int length) {
        room(length);
        text.append(s, offset, offset + length);
    }

    @Override
    public void write(int c) {
        room(1);
        text.append((char) c);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
        return text.toString();
    }

    private void room(int length) {
        if (length > MAX_CHARS - text.length()) {
            throw guard.cross(
                    "the output grew past "
                            + MAX_CHARS / (1024 * 1024)
                            + " Mi characters, the most one output may have: a loop that writes"
                            + " without end, or a value repeated far too often");
        }
    }
}
