package presskit.publish.mastodon;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import presskit.publish.PartRequest;
import presskit.publish.PostedId;
import presskit.publish.PublishFailure;
import presskit.publish.PublishTime;
import presskit.publish.Publisher;
import presskit.publish.SecretScrubber;

/**
 * Posts to a Mastodon instance through {@code POST /api/v1/statuses}, with the JDK's HTTP client:
 * the text as {@code status}, the {@link Visibility}, {@code language=sv}, and {@code
 * in_reply_to_id} for a thread's later parts. Every request carries the part's {@code
 * Idempotency-Key}, a random UUID made by {@link #newKey()} and recorded in the ledger before the
 * first request, so each retry of the part, in this run or a later one, sends the same key and the
 * instance answers a repeat with the status it already made instead of posting again.
 *
 * <p>The instance keeps a key for one hour only, and only once the status is made: the ledger, not
 * the key, is the real guarantee against posting twice.
 *
 * <p>Each request has a total deadline, connection and whole answer together, so a server that
 * dribbles its answer cannot hold a post longer than that.
 */
public final class MastodonPublisher implements Publisher {

    /** What a dry run answers instead of an id: nothing was posted, so there is no id to give. */
    public static final PostedId NOT_SENT = new PostedId("(dry run: not sent)");

    /** The longest one request may take, from connecting to the answer's last byte. */
    public static final Duration DEADLINE = Duration.ofSeconds(60);

    /** A status is a few kilobytes; a longer answer is not one. */
    private static final int LONGEST_ANSWER = 1 << 20;

    private final MastodonInstance instance;
    private final MastodonToken token;
    private final Visibility visibility;
    private final Duration deadline;
    private final HttpClient client;
    private final MastodonAnswers answers;

    private MastodonPublisher(
            MastodonInstance instance,
            MastodonToken token,
            Visibility visibility,
            Duration deadline) {
        this.instance = instance;
        this.token = token;
        this.visibility = Objects.requireNonNull(visibility, "visibility");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("'deadline' must be positive");
        }
        this.client =
                token == null
                        ? null
                        : HttpClient.newBuilder()
                                .version(HttpClient.Version.HTTP_1_1)
                                .connectTimeout(deadline)
                                // A redirect would carry the token elsewhere: report it instead.
                                .followRedirects(HttpClient.Redirect.NEVER)
                                .build();
        this.answers =
                new MastodonAnswers(
                        new SecretScrubber(token == null ? List.of() : List.of(token.value())));
    }

    /** A publisher that posts for the account the token belongs to. */
    public static MastodonPublisher connect(
            MastodonInstance instance, MastodonToken token, Visibility visibility) {
        return connect(instance, token, visibility, DEADLINE);
    }

    /**
     * A publisher that posts for the account the token belongs to, giving each request at most
     * {@code deadline}.
     */
    public static MastodonPublisher connect(
            MastodonInstance instance,
            MastodonToken token,
            Visibility visibility,
            Duration deadline) {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(token, "token");
        return new MastodonPublisher(instance, token, visibility, deadline);
    }

    /**
     * A publisher for a dry run: it needs no instance and no token, prepares each request as a live
     * run would, and sends nothing; every post is answered with {@link #NOT_SENT}.
     */
    public static MastodonPublisher dryRun(Visibility visibility) {
        return new MastodonPublisher(null, null, visibility, DEADLINE);
    }

    /** A random UUID: the part's {@code Idempotency-Key}, reused on every retry. */
    @Override
    public Optional<String> newKey() {
        return Optional.of(UUID.randomUUID().toString());
    }

    /**
     * Always empty: Mastodon offers no way to look a status up by its idempotency key. Sending the
     * part again under its recorded key is the look-up: within the hour the instance keeps the key,
     * it answers with the status it made instead of making another.
     */
    @Override
    public Optional<PostedId> find(PartRequest request) {
        return Optional.empty();
    }

    @Override
    public PostedId post(PartRequest request) throws PublishFailure {
        Objects.requireNonNull(request, "request");
        String key =
                request.key()
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "'key' must be set: newKey() makes it before the"
                                                        + " first request"));
        String form = form(request);
        if (client == null) {
            // The dry run stops here, at the last step: all up to the request has run as if live.
            return NOT_SENT;
        }
        HttpRequest http =
                HttpRequest.newBuilder(URI.create(instance.statusesUrl()))
                        .timeout(deadline)
                        .header("Authorization", "Bearer " + token.value())
                        .header("Idempotency-Key", key)
                        .header("Accept", "application/json")
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                        .build();
        return answers.posted(exchange(http));
    }

    /** Sends the request and waits for the whole answer, at most the deadline. */
    private HttpResponse<byte[]> exchange(HttpRequest http) throws PublishFailure {
        CompletableFuture<HttpResponse<byte[]>> answer =
                client.sendAsync(http, info -> new BoundedBody(LONGEST_ANSWER));
        try {
            return answer.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // Cancelling closes the connection: a dribbling server holds nothing any more.
            answer.cancel(true);
            throw new PublishFailure(
                    PublishFailure.Kind.TRANSIENT,
                    "no complete answer from the instance within " + PublishTime.show(deadline),
                    true);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new PublishFailure(
                    PublishFailure.Kind.TRANSIENT,
                    "interrupted while waiting for the instance",
                    true);
        } catch (ExecutionException e) {
            throw answers.unanswered(e.getCause());
        }
    }

    private String form(PartRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("status", request.text());
        fields.put("visibility", visibility.value());
        fields.put("language", "sv");
        request.parent().ifPresent(parent -> fields.put("in_reply_to_id", parent.value()));
        return fields.entrySet().stream()
                .map(
                        field ->
                                field.getKey()
                                        + "="
                                        + URLEncoder.encode(
                                                field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
