package presskit.variant;

/** Names of places as Swedish texts write them. */
public final class SwedishNames {

    private SwedishNames() {}

    /**
     * The municipality's name with "kommun": "Örebro kommun", "Danderyds kommun", "Borås kommun" —
     * a genitive {@code s} unless the name already ends in a vowel, s, x or z.
     */
    public static String municipality(String name) {
        char last = Character.toLowerCase(name.charAt(name.length() - 1));
        boolean bare = "aeiouyåäösxz".indexOf(last) >= 0;
        return name + (bare ? "" : "s") + " kommun";
    }
}
