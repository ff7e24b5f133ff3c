package presskit.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds the known word a mistyped one was most likely meant to be. */
public final class Suggestions {

    private Suggestions() {}

    /**
     * The closest candidate within an edit distance of a third of the word's length (at least 2).
     */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        String t = typed.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, t.length() / 3);
        return candidates.stream()
                .filter(c -> distance(t, c.toLowerCase(Locale.ROOT)) <= allowed)
                .min(
                        Comparator.comparingInt(
                                        (String c) -> distance(t, c.toLowerCase(Locale.ROOT)))
                                .thenComparing(c -> c));
    }

    /**
     * The first candidate that {@code typed} abbreviates word by word: {@code ordf.} for {@code
     * ordförande}, {@code v. ordf.} for {@code vice ordförande}. Words are split at spaces, and a
     * typed word, without its dots, must begin its candidate word.
     */
    public static Optional<String> expanded(String typed, Collection<String> candidates) {
        List<String> words = words(typed.replace('.', ' '));
        if (words.isEmpty()) {
            return Optional.empty();
        }
        return candidates.stream()
                .filter(
                        c -> {
                            List<String> full = words(c);
                            if (full.size() != words.size()) {
                                return false;
                            }
                            for (int i = 0; i < full.size(); i++) {
                                if (!full.get(i).startsWith(words.get(i))) {
                                    return false;
                                }
                            }
                            return true;
                        })
                .findFirst();
    }

    private static List<String> words(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? List.of() : List.of(lower.split("\\s+"));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }
}
