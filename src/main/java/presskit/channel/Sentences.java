package presskit.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a text into sentences, and each sentence into words, as spans over the text.
 *
 * <p>A sentence ends after a word ending in {@code . ! ? …} (closing quotes and brackets allowed
 * after it) and at every line break. Words are runs between whitespace, so a URL, a hashtag or a
 * mention is always one word and is never split. A no-break space (U+00A0, as in "53&nbsp;procent")
 * is not whitespace here, which keeps such pairs together. A Swedish abbreviation ("bl.a.",
 * "t.ex.", "kl.") ends no sentence; one that may close a list ("m.fl.", "osv.") ends it only before
 * a capital letter.
 */
final class Sentences {

    /** A run of text from {@code start} (inclusive) to {@code end} (exclusive). */
    record Span(int start, int end) {}

    /** A sentence and its words, in order. */
    record Sentence(Span span, List<Span> words) {}

    private static final String TERMINALS = ".!?…";
    private static final String CLOSERS = "\"'”’»)]";
    private static final Set<String> ABBREVIATIONS =
            Set.of(
                    "bl.a.", "t.ex.", "s.k.", "kl.", "p.g.a.", "pga.", "d.v.s.", "dvs.", "fr.o.m.",
                    "t.o.m.", "ca.", "jfr.", "enl.", "inkl.", "exkl.", "resp.", "f.d.", "nr.",
                    "st.", "ang.");
    private static final Set<String> LIST_ENDINGS =
            Set.of("m.fl.", "m.m.", "osv.", "o.s.v.", "etc.");

    private Sentences() {}

    static List<Sentence> of(String text) {
        List<Sentence> sentences = new ArrayList<>();
        List<Span> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && !isSpace(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (start < i) {
                words.add(new Span(start, i));
            }
            int gapStart = i;
            while (i < text.length() && isSpace(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            boolean lineBreak = containsLineBreak(text, gapStart, i);
            if (!words.isEmpty()
                    && (i == text.length() || lineBreak || endsSentence(text, words, i))) {
                sentences.add(
                        new Sentence(
                                new Span(words.get(0).start(), words.get(words.size() - 1).end()),
                                List.copyOf(words)));
                words.clear();
            }
        }
        return sentences;
    }

    private static boolean endsSentence(String text, List<Span> words, int next) {
        Span last = words.get(words.size() - 1);
        String word = text.substring(last.start(), last.end()).toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(word)) {
            return false;
        }
        if (LIST_ENDINGS.contains(word)) {
            return next < text.length() && Character.isUpperCase(text.codePointAt(next));
        }
        int end = last.end();
        while (end > last.start() && CLOSERS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > last.start() && TERMINALS.indexOf(text.charAt(end - 1)) >= 0;
    }

    private static boolean containsLineBreak(String text, int from, int to) {
        for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint);
    }
}
