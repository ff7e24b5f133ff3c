package presskit.render.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * What a release needs on paper that its HTML leaves to the screen: the headline broken after its
 * colon and never ending in one word alone, names and dates kept on one line, and each link's
 * address printed after its text, since a reader of paper cannot click. Names and dates are kept
 * together by non-breaking spaces, as Swedish typography writes them; an address, which must copy
 * whole, by unbreakable pieces.
 */
final class PrintText {

    /** The classes this adds, styled by {@link PdfRenderer#pageCss}. */
    static final String NO_BREAK = "nobreak";

    static final String TITLE = "title";
    static final String ADDRESS = "address";

    private static final String MONTHS =
            "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december";
    private static final Pattern DATE =
            Pattern.compile("\\b\\d{1,2} (?:" + MONTHS + ")(?: \\d{4})?\\b");

    /** The non-breaking space, as Swedish typography puts it inside names and dates. */
    static final char SPACE = '\u00A0';

    /** An address's first piece (scheme and host), then pieces that end at / ? & or -. */
    private static final Pattern ADDRESS_PIECE =
            Pattern.compile("^[a-z]+://[^/]*/?|[^/?&-]*[/?&-]*", Pattern.CASE_INSENSITIVE);

    private PrintText() {}

    /**
     * Changes {@code page} for print; {@code phrases} (people's names) are kept on one line
     * wherever they occur.
     */
    static void apply(Document page, List<String> phrases) {
        Element headline = page.selectFirst("h1");
        if (headline != null && headline.children().isEmpty()) {
            headline(headline);
        }
        Pattern kept = together(phrases);
        for (Element element : page.body().select("*")) {
            if (!element.hasClass(NO_BREAK)) {
                new ArrayList<>(element.textNodes()).forEach(t -> keepTogether(t, kept));
            }
        }
        for (Element link : page.body().select("a[href]")) {
            String href = link.attr("href");
            if (href.startsWith("http") && !link.text().strip().equals(href)) {
                link.after(address(href));
                link.after(new TextNode(" "));
            }
        }
    }

    /**
     * The address in unbreakable pieces, so a line may end after a slash, never inside a host name
     * or a word.
     */
    private static Element address(String href) {
        List<String> pieces = new ArrayList<>();
        Matcher piece = ADDRESS_PIECE.matcher(href);
        while (piece.find() && !piece.group().isEmpty()) {
            pieces.add(piece.group());
        }
        // The brackets go with the address's ends, so neither is left alone at a line's end.
        pieces.set(0, "(" + pieces.get(0));
        pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + ")");
        Element address = new Element("span").addClass(ADDRESS);
        pieces.forEach(p -> address.appendElement("span").addClass(NO_BREAK).text(p));
        return address;
    }

    /**
     * "Rapporten 2023: Man får det man betalar för" prints as the title on one line and the rest
     * below it, the last two words of each part joined, so no line holds one word of a phrase.
     */
    private static void headline(Element h1) {
        String text = h1.text();
        int colon = text.indexOf(": ");
        h1.empty();
        if (colon > 0) {
            lastTwoJoined(h1.appendElement("span").addClass(TITLE), text.substring(0, colon + 1));
            lastTwoJoined(h1, text.substring(colon + 2));
        } else {
            lastTwoJoined(h1, text);
        }
    }

    private static void lastTwoJoined(Element into, String text) {
        String line = text.strip();
        int last = line.lastIndexOf(' ');
        if (last > 0 && line.indexOf(' ') < last) {
            line = line.substring(0, last) + SPACE + line.substring(last + 1);
        }
        into.appendText(line);
    }

    /** Names, longest first so a full name wins over a part of it, and dates. */
    private static Pattern together(List<String> phrases) {
        List<String> names =
                phrases.stream()
                        .filter(p -> p.strip().contains(" "))
                        .map(String::strip)
                        .distinct()
                        .sorted(Comparator.comparingInt(String::length).reversed())
                        .map(Pattern::quote)
                        .toList();
        String date = DATE.pattern();
        return Pattern.compile(names.isEmpty() ? date : String.join("|", names) + "|" + date);
    }

    private static void keepTogether(TextNode node, Pattern kept) {
        String text = node.getWholeText();
        String joined =
                kept.matcher(text)
                        .replaceAll(m -> Matcher.quoteReplacement(m.group().replace(' ', SPACE)));
        if (!joined.equals(text)) {
            node.text(joined);
        }
    }
}
