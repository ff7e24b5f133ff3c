package presskit.build;

/** Values written into the YAML files presskit starts for a person to edit. */
final class YamlText {

    private YamlText() {}

    /** A YAML value for {@code text}: as it is when that reads back the same, else quoted. */
    static String scalar(String text) {
        if (text.matches("\\p{L}[\\p{L}\\p{N} ,()-]*") && !text.endsWith(" ")) {
            return text;
        }
        return "\""
                + text.replace("\\", "\\\\")
                        .replace("\"", "\\\"")
                        .replace("\n", "\\n")
                        .replace("\t", "\\t")
                + "\"";
    }
}
