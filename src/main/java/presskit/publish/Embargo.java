package presskit.publish;

import java.time.Instant;

/**
 * The time before which nothing of a year's material may be published, as the build's manifest
 * says.
 */
public final class Embargo {

    private final Instant lifts;

    private Embargo(Instant lifts) {
        this.lifts = lifts;
    }

    public static Embargo of(BuildManifest manifest) {
        return new Embargo(manifest.embargoTime().map(time -> time.toInstant()).orElse(null));
    }

    /** Whether the embargo still holds at {@code now}. */
    public boolean holdsAt(Instant now) {
        return lifts != null && now.isBefore(lifts);
    }

    /** What a run at {@code now} should tell the user about the embargo. */
    public String describe(Instant now) {
        if (lifts == null) {
            return "No embargo.";
        }
        return (holdsAt(now) ? "Embargo lifts at " : "Embargo lifted at ")
                + PublishTime.show(lifts)
                + ".";
    }

    /** The refusal for a live run before the embargo lifts. */
    public String refusal() {
        return "embargo lifts at "
                + PublishTime.show(lifts)
                + "; nothing was posted. Run the same command again"
                + " after that time.";
    }
}
