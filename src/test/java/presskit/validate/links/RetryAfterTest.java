package presskit.validate.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2023-03-14T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void secondsAreAWait() {
        assertThat(RetryAfter.parse("120", CLOCK)).contains(Duration.ofSeconds(120));
    }

    @Test
    void httpDateIsAWaitUntilThen() {
        assertThat(RetryAfter.parse("Tue, 14 Mar 2023 08:00:30 GMT", CLOCK))
                .contains(Duration.ofSeconds(30));
    }

    @Test
    void dateInThePastMeansNoWait() {
        assertThat(RetryAfter.parse("Tue, 14 Mar 2023 07:00:00 GMT", CLOCK))
                .contains(Duration.ZERO);
    }

    @Test
    void missingOrUnreadableHeaderGivesNothing() {
        assertThat(RetryAfter.parse(null, CLOCK)).isEmpty();
        assertThat(RetryAfter.parse("soon", CLOCK)).isEmpty();
        assertThat(RetryAfter.parse("-5", CLOCK)).isEmpty();
    }
}
