package presskit.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A font from the jar cut down to the characters a build's releases use. Parsing DejaVu Sans's 6
 * 000 glyphs is most of the time a PDF takes; a build parses it once here, and every PDF then
 * embeds the small subset.
 */
final class FontSubset {

    /**
     * Always kept, whatever the texts hold: printable ASCII, Latin-1 and the punctuation renderers
     * add.
     */
    private static final String ALWAYS = "–—‘’‚“”„…•·◦▪●′″€";

    private FontSubset() {}

    /** The code points to keep for {@code text}. */
    static Set<Integer> coverage(String text) {
        Set<Integer> points = new TreeSet<>();
        for (int c = 0x20; c <= 0xFF; c++) {
            points.add(c);
        }
        ALWAYS.codePoints().forEach(points::add);
        text.codePoints().forEach(points::add);
        return points;
    }

    /** The TrueType bytes of {@code /presskit/fonts/<name>} reduced to {@code codePoints}. */
    static byte[] of(String name, Set<Integer> codePoints) {
        try (InputStream in = FontSubset.class.getResourceAsStream("/presskit/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " is missing from the jar");
            }
            try (TrueTypeFont font =
                    new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()))) {
                TTFSubsetter subsetter = new TTFSubsetter(font);
                subsetter.addAll(codePoints);
                ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
                subsetter.writeToStream(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + name, e);
        }
    }
}
