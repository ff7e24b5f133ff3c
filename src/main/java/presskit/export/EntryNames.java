package presskit.export;

import java.util.function.BiFunction;
import presskit.channel.Channels;
import presskit.kit.OutputId;

/**
 * Names a person understands for the kit's files inside a zip, where the kit's own paths ({@code
 * national/x/key-3-1.txt}) are ids: "Hela landet/X/Huvudbudskap 3 – tråd, del 1 av 2.txt",
 * "Län/Gotlands län/Pressmeddelande.pdf", "Kommuner/Kiruna/Mastodon/Lokalt inlägg.txt". Every name
 * is safe on Windows, macOS and Linux: no {@code / \ : * ? " < > |}, no control character, no
 * trailing dot or space.
 *
 * @param channels the networks, for the folder of a network's posts (its name: "LinkedIn")
 * @param figureSentences a figure's sentence by variant code and figure id, or null: a figure
 *     post's file is named by it
 */
record EntryNames(Channels channels, BiFunction<String, String, String> figureSentences) {

    /** The longest a figure's sentence may run in a file name, in characters. */
    static final int SENTENCE = 60;

    /** The folder of the nation's files in every zip. */
    static final String NATIONWIDE = "Hela landet";

    /**
     * The folder of a variant's files: "Hela landet", "Län/Gotlands län", "Kommuner/Kiruna"; in a
     * region's own zip its own folder is at the top ("Gotlands län").
     */
    String folder(OutputId id, boolean regionAtTop) {
        String name = safe(id.variant().name());
        return switch (id.level()) {
            case NATIONAL -> NATIONWIDE;
            case REGION -> regionAtTop ? name : "Län/" + name;
            case MUNICIPALITY -> "Kommuner/" + name;
        };
    }

    /** The folder of a network's posts within a variant's folder: "X", "LinkedIn". */
    String network(OutputId id) {
        return safe(channels.find(id.family()).map(c -> c.name()).orElse(id.family()));
    }

    /**
     * What a post says it is, without extension: "Kort budskap 2", "Huvudbudskap 1", "Siffra – Åtta
     * av tio rektorer har svårt att …", "Lokalt inlägg".
     */
    String post(OutputId id) {
        String name = id.name();
        return switch (id.kind()) {
            case "short" -> "Kort budskap " + name;
            case "key" -> "Huvudbudskap " + name;
            case "figure" -> "Siffra – " + figure(id);
            case "post" -> "Långt inlägg med siffrorna";
            case "local" -> name.isEmpty() ? "Lokalt inlägg" : "Lokalt inlägg " + name;
            default -> safe(id.postName());
        };
    }

    /** A thread's part: "Huvudbudskap 3 – tråd, del 1 av 2". */
    String part(OutputId id, int number, int count) {
        return post(id) + " – tråd, del " + number + " av " + count;
    }

    /** A document's name in a format: "Pressmeddelande", "Budskap och länkar". */
    static String document(OutputId id) {
        return switch (id.family()) {
            case "release" -> "Pressmeddelande";
            case "sheet" -> "Budskap och länkar";
            default -> safe(id.family());
        };
    }

    private String figure(OutputId id) {
        String sentence = figureSentences.apply(id.variantCode(), id.name());
        return sentence == null ? safe(id.name()) : shortened(safe(sentence));
    }

    /** {@code text} cut at a word before {@link #SENTENCE} characters, with "…", no full stop. */
    static String shortened(String text) {
        String t = text.strip().replaceAll("[.!]+$", "");
        if (t.codePointCount(0, t.length()) <= SENTENCE) {
            return t;
        }
        String cut = t.substring(0, t.offsetByCodePoints(0, SENTENCE));
        int space = cut.lastIndexOf(' ');
        if (space > SENTENCE / 2) {
            cut = cut.substring(0, space);
        }
        return cut.replaceAll("[\\s,;–-]+$", "") + " …";
    }

    /**
     * {@code text} as a file or folder name on any system: the characters Windows forbids become a
     * space or, for ':' and '/', a dash; runs of spaces one; no trailing dots or spaces.
     */
    static String safe(String text) {
        String s =
                text.replaceAll("\\p{Cntrl}", " ")
                        .replaceAll("\\s*[:/\\\\]\\s*", " – ")
                        .replaceAll("[*?\"<>|]", " ")
                        .replaceAll("\\s+", " ")
                        .strip()
                        .replaceAll("[. ]+$", "");
        return s.isEmpty() ? "_" : s;
    }
}
