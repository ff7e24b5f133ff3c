package presskit.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The published report a campaign year launches.
 *
 * @param title the report's title ("Skolrapporten 2024")
 * @param subtitle its subtitle ("Man får det man betalar för"), may be empty
 * @param publisher who publishes it
 * @param published the publication day; null when not known
 * @param embargo the moment before which nothing may be published; null when there is none
 */
public record Report(
        String title,
        String subtitle,
        String publisher,
        LocalDate published,
        OffsetDateTime embargo) {}
