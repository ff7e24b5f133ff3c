package presskit.channel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Addresses with the short form Bluesky's app gives each ({@code toShortUrl} over node's WHATWG
 * {@code URL}), for the Java and the page's tests alike.
 */
public final class BlueskyLinkCases {

    private BlueskyLinkCases() {}

    public static final Map<String, String> SHORT_FORMS =
            linked(
                    entry("https://Vision.SE:443/A", "vision.se/A"),
                    entry("HTTPS://VISION.SE/RAPPORT", "vision.se/RAPPORT"),
                    entry("https://vision.se:8080/a", "vision.se:8080/a"),
                    entry("http://vision.se:80/a", "vision.se/a"),
                    entry("https://vision.se:0443/a", "vision.se/a"),
                    entry("https://åre.se/nyheter", "xn--re-xia.se/nyheter"),
                    entry("https://ÅRE.SE/", "xn--re-xia.se"),
                    entry("https://vision.se/löner-2024", "vision.se/l%C3%B6ner-2..."),
                    entry("https://vision.se/s?q=välfärd", "vision.se/s?q=v%C3%A4l..."),
                    entry("https://vision.se/?utm_source=bluesky", "vision.se?utm_source=b..."),
                    entry("https://vision.se/a#avsnitt", "vision.se/a#avsnitt"),
                    entry("https://vision.se/#a`b", "vision.se#a%60b"),
                    entry("https://vision.se/a?b='\"", "vision.se/a?b=%27%22"),
                    // '^' and '|' in a path are left out: Chromium encodes them, node and the
                    // standard do not,
                    // so Bluesky's app itself shows them differently on the web and in its apps.
                    entry("https://vision.se/{x}`", "vision.se/%7Bx%7D%60"),
                    entry("https://vision.se/a?#b", "vision.se/a#b"),
                    entry("https://vision.se/#", "vision.se"),
                    entry("https://www.vision.se/", "www.vision.se"),
                    entry("https://vision.se", "vision.se"),
                    // Exactly 15 characters of path stay; 16 are cut to 13 and "...".
                    entry("https://vision.se/abcdefghijklmn", "vision.se/abcdefghijklmn"),
                    entry("https://vision.se/abcdefghijklmno", "vision.se/abcdefghijkl..."),
                    entry("https://vision.se/a/../b/./c", "vision.se/b/c"),
                    entry("https://vision.se/%c3%b6", "vision.se/%c3%b6"),
                    entry("https://vision.se\\a\\b", "vision.se/a/b"),
                    entry("https://user:pw@vision.se/a", "vision.se/a"),
                    entry("https://exa_mple.se/", "exa_mple.se"),
                    entry("https://straße.de/", "xn--strae-oqa.de"),
                    entry("https://0x7f.1/a", "127.0.0.1/a"),
                    entry("https://[2001:DB8::1]/a", "[2001:db8::1]/a"),
                    entry("https://vision.se/😀", "vision.se/%F0%9F%98%80"),
                    // A host a browser refuses: the app shows the address as written.
                    entry("https://vision.se]/", "https://vision.se]/"),
                    entry(
                            "https://via.tt.se/pressmeddelande/3370738/rapporten-2023?publisherId=1",
                            "via.tt.se/pressmeddela..."));

    /**
     * Texts with links as a post holds them, for comparing the page's shown text with Java's: the
     * research note's cases, punctuation after a link, links in quotes and parentheses.
     */
    public static final List<String> TEXTS =
            List.of(
                    "Läs mer: https://vision.se/löner-2024?utm_source=bluesky.",
                    "Se (https://Åre.se/nyheter), https://vision.se:8080/a; och https://vision.se/a?!",
                    "Källa: https://sv.wikipedia.org/wiki/A_(B). Och »https://vision.se/« eller"
                            + " \"https://vision.se/om\"",
                    "https://vision.se/a\u00A0b och HTTPS://VISION.SE/RAPPORT #välfärd",
                    "Åtta av tio 👩‍⚕️ https://vision.se/x?utm_source=x #Socialchefsrapporten"
                            + " @kommun.bsky.social");

    @SafeVarargs
    private static Map<String, String> linked(Map.Entry<String, String>... entries) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : entries) {
            map.put(e.getKey(), e.getValue());
        }
        return Collections.unmodifiableMap(map);
    }

    private static Map.Entry<String, String> entry(String url, String shortForm) {
        return Map.entry(url, shortForm);
    }
}
