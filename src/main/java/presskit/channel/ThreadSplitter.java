package presskit.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a post into a numbered thread for a channel: whole sentences packed greedily into each
 * part, words only when one sentence is longer than a part, and " i/n" after the last words of
 * every part (before the links and hashtags that end it; see {@link #numbered}).
 *
 * <p>The numbering counts toward the limit. Parts are packed with room for a total of as many
 * digits as the previous attempt needed, and packed again when the total turns out to need more (a
 * tenth part makes every "/9" a "/10").
 */
public final class ThreadSplitter {

    private static final Pattern TOKEN = Pattern.compile("\\S+");

    private final Channel channel;

    public ThreadSplitter(Channel channel) {
        this.channel = channel;
    }

    /**
     * The thread for {@code segments}, each of which starts a new part (the author's explicit
     * breaks). A single resulting part is returned without a number. A word longer than a part
     * stays whole, in a part of its own that does not fit.
     */
    public List<String> split(List<String> segments) {
        int digits = 1;
        List<String> bodies = pack(segments, digits);
        while (digitsOf(bodies.size()) > digits) {
            digits = digitsOf(bodies.size());
            bodies = pack(segments, digits);
        }
        if (bodies.size() <= 1) {
            return bodies.isEmpty() ? List.of("") : bodies;
        }
        List<String> parts = new ArrayList<>(bodies.size());
        for (int i = 0; i < bodies.size(); i++) {
            parts.add(numbered(bodies.get(i), i + 1, String.valueOf(bodies.size())));
        }
        return parts;
    }

    /**
     * {@code body} with its number, as posted: after the last word, so never directly after a link
     * or a hashtag that ends the part ("… resurser. 2/2", then the tags and the link). A part that
     * ends with a link reads as a link preview only when nothing follows the link, and a number
     * after a link looks like part of it. When the words end by introducing what follows ("Läs
     * den:") or there are none, the number opens the part instead ("2/2 Läs den: https://…").
     */
    static String numbered(String body, int index, String total) {
        String counter = index + "/" + total;
        Matcher token = TOKEN.matcher(body);
        int wordEnd = -1;
        boolean introduces = false;
        while (token.find()) {
            if (!linkOrTag(token.group())) {
                wordEnd = token.end();
                introduces = token.group().endsWith(":");
            }
        }
        if (wordEnd == body.length()) {
            return body + " " + counter;
        }
        if (wordEnd < 0 || introduces) {
            return counter + " " + body;
        }
        return body.substring(0, wordEnd) + " " + counter + body.substring(wordEnd);
    }

    private static boolean linkOrTag(String token) {
        return token.startsWith("https://") || token.startsWith("http://") || token.startsWith("#");
    }

    private List<String> pack(List<String> segments, int digits) {
        // Every digit weighs the same on every network, so nines stand in for the unknown total.
        String total = "9".repeat(digits);
        List<String> bodies = new ArrayList<>();
        for (String segment : segments) {
            new Packer(segment, total, bodies).run();
        }
        return bodies;
    }

    private static int digitsOf(int n) {
        return String.valueOf(n).length();
    }

    /** Greedy packing of one segment, appending finished parts to {@code bodies}. */
    private final class Packer {
        private final String text;
        private final String total;
        private final List<String> bodies;
        private int start = -1;
        private int end = -1;

        Packer(String text, String total, List<String> bodies) {
            this.text = text;
            this.total = total;
            this.bodies = bodies;
        }

        private final List<int[]> spans = new ArrayList<>();

        void run() {
            List<Sentences.Sentence> sentences = Sentences.of(text);
            for (Sentences.Sentence sentence : sentences) {
                if (extend(sentence.span())) {
                    continue;
                }
                flush();
                if (fits(sentence.span().start(), sentence.span().end())) {
                    begin(sentence.span());
                    continue;
                }
                for (Sentences.Span word : sentence.words()) {
                    if (!extend(word)) {
                        flush();
                        begin(word); // kept whole even when it alone is too long
                    }
                }
            }
            flush();
            rebalance(sentences);
            spans.forEach(span -> bodies.add(text.substring(span[0], span[1])));
        }

        /**
         * A last part holding only links, hashtags or mentions reads as an orphan ("https://…
         * 2/2"): when the part before ends with a sentence that can move over, it joins the link.
         */
        private void rebalance(List<Sentences.Sentence> sentences) {
            if (spans.size() < 2 || hasWords(spans.get(spans.size() - 1))) {
                return;
            }
            int[] previous = spans.get(spans.size() - 2);
            int[] last = spans.get(spans.size() - 1);
            for (int i = sentences.size() - 1; i >= 0; i--) {
                int from = sentences.get(i).span().start();
                if (from <= previous[0] || from >= previous[1]) {
                    continue;
                }
                if (!hasWords(new int[] {from, last[1]})) {
                    continue; // only more links or tags so far: reach back one more sentence
                }
                if (fitsAs(from, last[1], spans.size())) {
                    int cut = from;
                    while (cut > previous[0] && Character.isWhitespace(text.charAt(cut - 1))) {
                        cut--;
                    }
                    spans.set(spans.size() - 2, new int[] {previous[0], cut});
                    spans.set(spans.size() - 1, new int[] {from, last[1]});
                }
                return;
            }
        }

        private boolean hasWords(int[] span) {
            for (String token : text.substring(span[0], span[1]).trim().split("\\s+")) {
                if (!token.isEmpty()
                        && !token.startsWith("http")
                        && !token.startsWith("#")
                        && !token.startsWith("@")) {
                    return true;
                }
            }
            return false;
        }

        private boolean fitsAs(int from, int to, int index) {
            return channel.fits(numbered(text.substring(from, to), bodies.size() + index, total));
        }

        private boolean extend(Sentences.Span span) {
            if (start >= 0 && fits(start, span.end())) {
                end = span.end();
                return true;
            }
            return false;
        }

        private void begin(Sentences.Span span) {
            start = span.start();
            end = span.end();
        }

        private void flush() {
            if (start >= 0) {
                spans.add(new int[] {start, end});
                start = -1;
            }
        }

        private boolean fits(int from, int to) {
            return channel.fits(
                    numbered(text.substring(from, to), bodies.size() + spans.size() + 1, total));
        }
    }
}
