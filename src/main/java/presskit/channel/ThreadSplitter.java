package presskit.channel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a post into a numbered thread for a channel, as a person would write one: whole sentences
 * per part, the parts as even as the fewest parts allow, the hashtags and link that close the post
 * in the first part (the one readers share), and "(i/n)" after the last sentence of every part.
 *
 * <p>In order: the lines at the end of the post that hold only links, hashtags or mentions (the
 * tail) are set aside. The sentences are grouped into as few parts as fit, and among the groupings
 * with that many parts the one whose shortest part is longest is taken, so no part is a lone short
 * sentence when a more even split exists. The tail goes with the first part; only when no first
 * part can hold it with a sentence does it stay at the end of the last part. A sentence longer than
 * a part is split between words; a word longer than a part stays whole, in a part of its own that
 * does not fit.
 *
 * <p>The numbering counts toward the limit. Parts are packed with room for a total of as many
 * digits as the previous attempt needed, and packed again when the total turns out to need more (a
 * tenth part makes every "/9" a "/10").
 */
public final class ThreadSplitter {

    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern TAG = Pattern.compile("[#＃][\\p{L}\\p{M}\\p{Nd}_]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.,;:!?…)\\]\"”’]$");

    private final Channel channel;

    public ThreadSplitter(Channel channel) {
        this.channel = channel;
    }

    /**
     * The thread for {@code segments}, each of which starts a new part (the author's explicit
     * breaks). A single resulting part is returned without a number.
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
     * {@code body} with its counter "(i/n)", as posted: after the last word of its sentences, so
     * before the hashtags and the link that close the part and never directly after a link ("…
     * resurser. (2/2)", then the tags and the link). A part that ends with a link reads as a link
     * preview only when nothing follows the link, and a number after a link looks like part of it.
     * Only when the part has no words of its own, or its words end by introducing the link ("Läs
     * den:") or with a link inside the sentence ("… på https://….") does the counter open the part
     * ("(2/2) Läs den: https://…").
     */
    static String numbered(String body, int index, String total) {
        String counter = "(" + index + "/" + total + ")";
        Matcher token = TOKEN.matcher(body);
        int wordEnd = -1;
        boolean introduces = false;
        while (token.find()) {
            if (!linkOrTag(token.group())) {
                wordEnd = token.end();
                // A link that ends a sentence ("på https://….") would have the number after it.
                introduces = token.group().endsWith(":") || token.group().contains("://");
            }
        }
        if (wordEnd < 0 || introduces) {
            return counter + " " + body;
        }
        return body.substring(0, wordEnd) + " " + counter + body.substring(wordEnd);
    }

    /** A link or a hashtag standing alone, not ending a sentence ("#välfärd." is a word). */
    private static boolean linkOrTag(String token) {
        return (token.startsWith("https://") || token.startsWith("http://"))
                        && !SENTENCE_END.matcher(token).find()
                || TAG.matcher(token).matches();
    }

    private static boolean tailToken(String token) {
        return token.startsWith("https://")
                || token.startsWith("http://")
                || token.startsWith("#")
                || token.startsWith("@");
    }

    private List<String> pack(List<String> segments, int digits) {
        // Every digit weighs the same on every network, so nines stand in for the unknown total.
        String total = "9".repeat(digits);
        List<String> bodies = new ArrayList<>();
        for (String segment : segments) {
            bodies.addAll(new Segment(segment, total, bodies.size()).parts());
        }
        return bodies;
    }

    private static int digitsOf(int n) {
        return String.valueOf(n).length();
    }

    /** Which part carries the links and hashtags that close a segment. */
    private enum Tail {
        NONE,
        FIRST,
        LAST
    }

    /**
     * A sentence, or a word of the sentence numbered {@code sentence} when that sentence is too
     * long for a part ({@code -1} for a whole sentence).
     */
    private record Unit(Sentences.Span span, int sentence) {
        int start() {
            return span.start();
        }

        int end() {
            return span.end();
        }
    }

    /** One explicit segment of the post, grouped into parts numbered from {@code before + 1}. */
    private final class Segment {
        private final String text;
        private final String total;
        private final int before;

        Segment(String text, String total, int before) {
            this.text = text;
            this.total = total;
            this.before = before;
        }

        List<String> parts() {
            List<Sentences.Sentence> sentences = Sentences.of(text);
            int prose = sentences.size();
            while (prose > 0 && !hasWords(sentences.get(prose - 1).span())) {
                prose--;
            }
            if (prose == 0 || prose == sentences.size()) {
                return grouped(units(sentences), Tail.NONE);
            }
            List<Unit> units = units(sentences.subList(0, prose));
            List<String> first = grouped(units, Tail.FIRST);
            if (first.stream().allMatch(this::fitsSomewhere)) {
                return first;
            }
            // No first part holds the tail with a sentence: it closes the last part instead.
            List<String> last = grouped(units, Tail.LAST);
            if (last.stream().allMatch(this::fitsSomewhere)) {
                return last;
            }
            // No sentence holds the tail beside it in any part: the tail is a part of its own,
            // rather than a part over the limit.
            List<String> alone = new ArrayList<>(grouped(units, Tail.NONE));
            alone.add(text.substring(units.get(units.size() - 1).end()).strip());
            return alone.stream().allMatch(this::fitsSomewhere) ? alone : first;
        }

        private boolean fitsSomewhere(String body) {
            return channel.fits(numbered(body, Integer.parseInt(total), total));
        }

        /**
         * The sentences as units a part may begin or end at: each sentence, or the words of a
         * sentence too long for a part, so that the grouping spreads them evenly.
         */
        private List<Unit> units(List<Sentences.Sentence> sentences) {
            List<Unit> units = new ArrayList<>();
            for (int s = 0; s < sentences.size(); s++) {
                Sentences.Span span = sentences.get(s).span();
                if (fitsSomewhere(text.substring(span.start(), span.end()))) {
                    units.add(new Unit(span, -1));
                } else {
                    for (Sentences.Span word : sentences.get(s).words()) {
                        units.add(new Unit(word, s)); // a word too long stays whole
                    }
                }
            }
            return units;
        }

        /**
         * The units grouped into the fewest parts that fit, the shortest part as long as it can be;
         * the first or the last part also carries the tail, everything after the last unit.
         */
        private List<String> grouped(List<Unit> units, Tail tail) {
            int n = units.size();
            // best[k][j]: the best grouping of the first j units into k parts, as the length of
            // its shortest and its longest part; from[k][j] is where its last part begins.
            long[][] best = new long[n + 1][n + 1];
            int[][] from = new int[n + 1][n + 1];
            for (long[] row : best) {
                Arrays.fill(row, Long.MIN_VALUE);
            }
            best[0][0] = Long.MAX_VALUE;
            for (int k = 1; k <= n; k++) {
                for (int i = k - 1; i < n; i++) {
                    if (best[k - 1][i] == Long.MIN_VALUE) {
                        continue;
                    }
                    for (int j = i + 1; j <= n; j++) {
                        if (units.get(j - 1).sentence() != units.get(i).sentence()) {
                            break; // a split sentence shares its parts with no other
                        }
                        String body = body(units, i, j, tail);
                        boolean fits = channel.fits(numbered(body, before + k, total));
                        if (!fits && j > i + 1) {
                            break;
                        }
                        long score = combine(best[k - 1][i], channel.length(reading(units, i, j)));
                        if (score > best[k][j]) {
                            best[k][j] = score;
                            from[k][j] = i;
                        }
                    }
                }
                if (best[k][n] != Long.MIN_VALUE) {
                    List<String> parts = new ArrayList<>();
                    int j = n;
                    for (int p = k; p > 0; p--) {
                        int i = from[p][j];
                        parts.add(0, body(units, i, j, tail));
                        j = i;
                    }
                    return parts;
                }
            }
            return List.of(text);
        }

        private String body(List<Unit> units, int i, int j, Tail tail) {
            String words = reading(units, i, j);
            boolean carries =
                    tail == Tail.FIRST && i == 0 || tail == Tail.LAST && j == units.size();
            return carries ? words + text.substring(units.get(units.size() - 1).end()) : words;
        }

        /** The words of units [i, j), without the tail. */
        private String reading(List<Unit> units, int i, int j) {
            return text.substring(units.get(i).start(), units.get(j - 1).end());
        }

        /**
         * A grouping's score with one more part: its shortest part first (longer is better), then
         * its longest (shorter is better), packed into one comparable number.
         */
        private static long combine(long previous, int length) {
            long shortest = previous == Long.MAX_VALUE ? length : Math.min(previous >> 32, length);
            long longest =
                    previous == Long.MAX_VALUE
                            ? length
                            : Math.max(Integer.MAX_VALUE - (previous & 0xFFFFFFFFL), length);
            return (shortest << 32) | (Integer.MAX_VALUE - longest);
        }

        private boolean hasWords(Sentences.Span span) {
            for (String token : text.substring(span.start(), span.end()).trim().split("\\s+")) {
                if (!token.isEmpty() && !tailToken(token)) {
                    return true;
                }
            }
            return false;
        }
    }
}
