package presskit.export;

import java.util.Locale;

/** The Swedish names the press-kit page gives outputs: "Kort budskap 1", "Pressmeddelande (PDF)". */
final class Labels {

    private Labels() {
    }

    /** A post's name from the last part of its id: {@code short-1}, {@code key-2}, {@code figure-x}, {@code local}. */
    static String post(String id) {
        String name = id.substring(id.lastIndexOf('/') + 1);
        if (name.startsWith("short-")) {
            return "Kort budskap " + name.substring("short-".length());
        }
        if (name.startsWith("key-")) {
            return "Huvudbudskap " + name.substring("key-".length());
        }
        if (name.startsWith("figure-")) {
            return "Siffra: " + name.substring("figure-".length());
        }
        if (name.equals("local")) {
            return "Lokalt inlägg";
        }
        if (name.equals("post")) {
            return "Långt inlägg med siffrorna";
        }
        return name;
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
