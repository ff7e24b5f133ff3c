package presskit.validate.links;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The cap on requests in flight to one host, held around every request: the first of a URL and each
 * of its redirects, whatever host it was reached from. The host is the one the request goes to
 * (name and port), never what a user name in the address makes it look like.
 */
final class HostPermits {

    private final int perHost;
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();

    HostPermits(int perHost) {
        this.perHost = perHost;
    }

    /**
     * Waits for a permit for the address's host until the deadline; false when none came in time. A
     * true answer must be followed by {@link #release}.
     */
    boolean acquire(URI address, Deadline deadline) throws InterruptedException {
        long nanos = Deadline.nanos(deadline.remaining());
        return nanos > 0 && of(address).tryAcquire(nanos, TimeUnit.NANOSECONDS);
    }

    void release(URI address) {
        of(address).release();
    }

    private Semaphore of(URI address) {
        return hosts.computeIfAbsent(host(address), h -> new Semaphore(perHost, true));
    }

    /** {@code exempel.se:443}: the port the request uses, said or not, so both spellings share. */
    static String host(URI address) {
        String scheme = address.getScheme().toLowerCase(Locale.ROOT);
        int port = address.getPort() >= 0 ? address.getPort() : scheme.equals("https") ? 443 : 80;
        return address.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }
}
