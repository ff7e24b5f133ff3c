package presskit.validate.links;

import java.util.Arrays;

/** What the check of one URL concluded, with the label used in the table and in JSON. */
public enum Verdict {
    /** The page answered 200 at the address given. */
    OK("ok", false),
    /** The page works, but only after redirects: the address is worth updating. */
    REDIRECTED("redirected", false),
    /**
     * A 4xx or 5xx answer, an unknown host, a refused connection or an address that cannot be
     * checked.
     */
    BROKEN("broken", true),
    /** No complete answer within the time allowed for the URL. */
    TIMEOUT("timeout", true),
    /** More redirects than allowed, usually a loop. */
    TOO_MANY_REDIRECTS("too-many-redirects", true),
    /** A 200 page whose title or heading says the page does not exist. */
    SOFT_404("soft-404", true),
    /**
     * The server answered 429 or 503 and asked to come back later than the time allowed: whether
     * the page works is not known. A failure like a timeout, so it is never cached and a run that
     * meets it does not pass as if every link worked.
     */
    RATE_LIMITED("rate-limited", true),
    /**
     * A working address whose content is not HTML, such as a PDF: fine, but it has no preview tags.
     */
    NOT_HTML("not-html", false);

    private final String label;
    private final boolean failure;

    Verdict(String label, boolean failure) {
        this.label = label;
        this.failure = failure;
    }

    public String label() {
        return label;
    }

    /** Whether a link with this verdict must be fixed before publishing. */
    public boolean isFailure() {
        return failure;
    }

    /** The verdict with the given label, as written by {@link #label()}. */
    public static Verdict fromLabel(String label) {
        return Arrays.stream(values())
                .filter(v -> v.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown verdict '" + label + "'"));
    }
}
