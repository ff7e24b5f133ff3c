package presskit.kit;

import java.util.Locale;

/** What an output is, as the manifest names it. */
public enum OutputKind {
    POST,
    THREAD,
    RELEASE,
    SHEET,
    /** A scheduling export of the publishing plan. */
    SCHEDULE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isPost() {
        return this == POST || this == THREAD;
    }
}
