package presskit.publish;

import java.time.Duration;

/** Waits for a while; a seam so tests can record waits instead of sitting through them. */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps on the current thread. */
    Sleeper SYSTEM = duration -> Thread.sleep(Math.max(0, duration.toMillis()));

    void sleep(Duration duration) throws InterruptedException;
}
