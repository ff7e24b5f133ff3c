package presskit.validate.links;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;

/**
 * What the link check reads from an HTML page: title, first heading and Open Graph tags.
 *
 * @param title the {@code <title>}, or null
 * @param heading the text of the first {@code <h1>}, or null
 * @param og the Open Graph tags
 */
record HtmlPage(String title, String heading, OpenGraph og) {

    /**
     * Parses a (possibly truncated) body up to its first {@code <h1>}: by then the head, with the
     * title and the tags, is complete, and the rest of a long page need not be parsed.
     *
     * @param charset the charset named by the Content-Type header, or null to detect it from the
     *     page
     * @param address the page's address, against which a relative {@code og:image} is resolved
     */
    static HtmlPage parse(byte[] body, String charset, String address) {
        Reader reader =
                new InputStreamReader(
                        new ByteArrayInputStream(body), PageCharset.of(body, charset));
        try (StreamParser streamer = new StreamParser(Parser.htmlParser()).parse(reader, address)) {
            Element h1 = streamer.selectFirst("h1");
            Document doc = streamer.document();
            OpenGraph og =
                    new OpenGraph(
                            meta(doc, "og:title", false),
                            meta(doc, "og:description", false),
                            meta(doc, "og:image", true));
            return new HtmlPage(
                    blankToNull(doc.title()), h1 == null ? null : blankToNull(h1.text()), og);
        } catch (IOException impossible) {
            // The bytes are already in memory: reading them cannot fail.
            throw new UncheckedIOException(impossible);
        }
    }

    /** Whether the title or the first heading says the page does not exist. */
    boolean saysNotFound() {
        return NotFoundWording.saysNotFound(title) || NotFoundWording.saysNotFound(heading);
    }

    private static String meta(Document doc, String property, boolean url) {
        // Open Graph says "property", but many sites write "name"; previews accept both.
        Element tag =
                doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        if (tag == null) {
            return null;
        }
        String value = url ? tag.absUrl("content") : "";
        String content = blankToNull(value.isEmpty() ? tag.attr("content") : value);
        // An image address is shown and cached like the link's own: without credentials.
        return url && content != null ? UrlKey.withoutUserInfo(content) : content;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
