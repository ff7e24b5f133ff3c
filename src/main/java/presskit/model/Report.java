package presskit.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The published report a campaign year launches.
 *
 * @param title the report's title ("Socialchefsrapporten 2023")
 * @param subtitle its subtitle ("Man får det man betalar för"), may be empty
 * @param publisher who publishes it
 * @param published the publication day, if known
 * @param embargo the moment before which nothing may be published, if there is one
 */
public record Report(String title, String subtitle, String publisher, LocalDate published, OffsetDateTime embargo) {

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    public Optional<OffsetDateTime> embargoTime() {
        return Optional.ofNullable(embargo);
    }
}
