package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Commands read the environment they are given, never the process's own. */
class ContextTest {

    private static final String MINIMAL = "src/test/resources/fixtures/minimal";

    @Test
    void phaseTimingsFollowTheGivenEnvironment() {
        Cli.Run timed =
                new Cli()
                        .environment(Map.of("PRESSKIT_TIMINGS", "1"))
                        .execute("validate", "--messages", MINIMAL);
        Cli.Run plain = new Cli().execute("validate", "--messages", MINIMAL);

        assertThat(timed.status()).as(timed.all()).isZero();
        assertThat(timed.err()).containsPattern("(?m)^timing: \\S+ +\\d+ ms$");
        assertThat(plain.err()).doesNotContain("timing:");
    }
}
