package presskit.kit;

import java.util.Map;

/**
 * A post's name in Swedish words, as the press-kit page names its cards: {@code key-3} is
 * "Huvudbudskap 3", {@code short-2} "Kort budskap 2", {@code post} "Långt inlägg med siffrorna".
 * The page's template ({@code postLabel} in {@code page/index.html.ftlh}) says the same; keep the
 * two alike.
 */
public final class PostLabels {

    private static final Map<String, String> SINGLE =
            Map.of("local", "Lokalt inlägg", "post", "Långt inlägg med siffrorna");

    private PostLabels() {}

    /**
     * The label of the post named {@code postName} (the last part of its id); a figure's post is
     * "Siffra", as a card falls back to when its figure has no sentence; an unknown name is itself.
     */
    public static String of(String postName) {
        if (postName.startsWith("short-")) {
            return "Kort budskap " + postName.substring("short-".length());
        }
        if (postName.startsWith("key-")) {
            return "Huvudbudskap " + postName.substring("key-".length());
        }
        if (postName.startsWith("figure-")) {
            return "Siffra";
        }
        return SINGLE.getOrDefault(postName, postName);
    }
}
