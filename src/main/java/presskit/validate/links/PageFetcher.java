package presskit.validate.links;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one GET for one address and returns the answer, within a deadline and with a bounded body.
 */
final class PageFetcher {

    /**
     * What a server answered: status, the headers the check needs, and the body if it is an HTML
     * page.
     */
    record Answer(int status, String contentType, String location, String retryAfter, byte[] body) {

        boolean isHtml() {
            String type = mediaType();
            return type.equals("text/html") || type.equals("application/xhtml+xml");
        }

        /** The media type without parameters, in lower case; empty when the server sent none. */
        String mediaType() {
            return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        }

        /** The charset parameter of the Content-Type, or null. */
        String charset() {
            for (String param : contentType.split(";")) {
                String[] pair = param.strip().split("=", 2);
                if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                    return pair[1].strip().replace("\"", "");
                }
            }
            return null;
        }
    }

    // Enough to read a redirect's or an error page's body whole, so the connection can be reused.
    private static final int SMALL_BODY = 16 * 1024;
    private static final String USER_AGENT = "presskit-links/1.0 (link check before publishing)";

    private final HttpClient client;
    private final int maxBodyBytes;

    PageFetcher(HttpClient client, int maxBodyBytes) {
        this.client = client;
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * Requests the address; throws {@link TimeoutException} when no full answer came before the
     * deadline and {@link IOException} when the exchange failed.
     */
    Answer get(URI address, Deadline deadline)
            throws IOException, TimeoutException, InterruptedException {
        Duration left = deadline.remaining();
        long remaining = Deadline.nanos(left);
        if (remaining <= 0) {
            throw new TimeoutException();
        }
        HttpRequest.Builder request =
                HttpRequest.newBuilder(address)
                        .GET()
                        .timeout(left)
                        .header("User-Agent", USER_AGENT)
                        .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
                        .header("Accept-Language", "sv,en;q=0.8");
        if ("http".equalsIgnoreCase(address.getScheme())) {
            // Plain HTTP/2 would start with an upgrade request that some servers mishandle.
            request.version(HttpClient.Version.HTTP_1_1);
        }
        CompletableFuture<HttpResponse<byte[]>> pending =
                client.sendAsync(
                        request.build(),
                        info -> new LimitedBody(wantsPage(info) ? maxBodyBytes : SMALL_BODY));
        try {
            HttpResponse<byte[]> response = pending.get(remaining, TimeUnit.NANOSECONDS);
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.body());
        } catch (TimeoutException | InterruptedException e) {
            pending.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw new TimeoutException();
            }
            throw cause instanceof IOException io ? io : new IOException(cause.getMessage(), cause);
        }
    }

    private static boolean wantsPage(HttpResponse.ResponseInfo info) {
        String type = info.headers().firstValue("Content-Type").orElse("");
        return info.statusCode() / 100 == 2
                && new Answer(info.statusCode(), type, null, null, new byte[0]).isHtml();
    }
}
