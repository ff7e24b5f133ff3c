package presskit.model;

import java.util.regex.Pattern;

/**
 * A figure named in a text: {@code {id}}. Whatever stands between the braces is a placeholder, so
 * that a misspelt one ({@code {Andel}}, {@code { andel }}, {@code {andel_2}}) is found and reported
 * rather than published as written.
 */
public final class Placeholder {

    /** Braces around anything but braces and line breaks; group 1 is what they hold. */
    public static final Pattern IN_TEXT = Pattern.compile("\\{([^{}\\r\\n]*)\\}");

    /** A figure id: lower-case letters, å, ä and ö included, digits and dashes. */
    public static final Pattern FIGURE_ID = Pattern.compile("[a-zåäö0-9][a-zåäö0-9-]*");

    private Placeholder() {}
}
