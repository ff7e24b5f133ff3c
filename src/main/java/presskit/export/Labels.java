package presskit.export;

import java.util.Locale;

/** The Swedish names the press-kit page gives outputs: "Kort budskap 1", "Pressmeddelande (PDF)". */
final class Labels {

    private Labels() {
    }

    /** A post's label from its id's kind and name: {@code short} 1, {@code local}. */
    static String post(String kind, String name) {
        return switch (kind) {
            case "short" -> "Kort budskap " + name;
            case "key" -> "Huvudbudskap " + name;
            case "figure" -> "Siffra: " + name;
            case "local" -> "Lokalt inlägg";
            case "post" -> "Långt inlägg med siffrorna";
            default -> name.isEmpty() ? kind : kind + "-" + name;
        };
    }

    /** A document's name from its file name: {@code release.pdf} → "Pressmeddelande (PDF)". */
    static String document(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        String stem = dot < 0 ? file : file.substring(0, dot);
        String format = dot < 0 ? "" : file.substring(dot + 1).toUpperCase(Locale.ROOT);
        String what = switch (stem) {
            case "release" -> "Pressmeddelande";
            case "sheet" -> "Budskap och länkar";
            default -> stem;
        };
        String shown = switch (format) {
            case "TXT" -> "text";
            case "MD" -> "Markdown";
            default -> format;
        };
        return shown.isEmpty() ? what : what + " (" + shown + ")";
    }
}
