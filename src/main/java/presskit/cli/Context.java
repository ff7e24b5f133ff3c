package presskit.cli;

import java.io.InputStream;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import presskit.publish.Sleeper;

/**
 * What a run of presskit takes from the world besides its arguments and output streams: standard
 * input, the environment, the time, a way to wait, and whether a person sits at a terminal.
 * Commands get it in their constructors, so nothing reads process-wide state and tests give their
 * own.
 *
 * @param in standard input, read by {@code count}
 * @param environment the environment variables ({@code PRESSKIT_TIMINGS}, X credentials)
 * @param clock the current time (embargo checks, rate-limit resets)
 * @param sleeper how to wait out a rate limit or a back-off
 * @param console whether a person is at a terminal, so a progress bar makes sense
 */
public record Context(
        InputStream in,
        Map<String, String> environment,
        Clock clock,
        Sleeper sleeper,
        boolean console) {

    public Context {
        Objects.requireNonNull(in, "in");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
    }

    /** The real process: {@code System.in}, its environment, the system clock, real sleeps. */
    static Context system() {
        return new Context(
                System.in,
                System.getenv(),
                Clock.systemUTC(),
                Sleeper.SYSTEM,
                System.console() != null);
    }
}
