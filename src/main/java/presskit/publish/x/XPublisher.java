package presskit.publish.x;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import presskit.publish.PartRequest;
import presskit.publish.PostedId;
import presskit.publish.PublishFailure;
import presskit.publish.PublishFailure.Kind;
import presskit.publish.PublishTime;
import presskit.publish.Publisher;
import presskit.publish.SecretScrubber;
import twitter4j.CreateTweetResponse;
import twitter4j.Tweet;
import twitter4j.TweetsResponse;
import twitter4j.Twitter;
import twitter4j.TwitterException;
import twitter4j.TwitterFactory;
import twitter4j.TwitterV2;
import twitter4j.TwitterV2ExKt;
import twitter4j.UrlEntity2;
import twitter4j.UsersResponse;
import twitter4j.V2ConfigurationKt;
import twitter4j.conf.ConfigurationBuilder;

/**
 * Posts to X through {@code POST /2/tweets} with Twitter4J and its v2 add-on, signed with OAuth
 * 1.0a user context, and finds a part whose request may have arrived among the account's recent
 * posts ({@code GET /2/users/:id/tweets}). This is the only class that calls Twitter4J; {@link
 * XFailures} translates its exceptions.
 *
 * <p>Every request is bounded as a whole by a deadline: Twitter4J's read timeout applies to each
 * read, so a server that sends one byte now and then could otherwise hold a post for as long as it
 * likes.
 */
public final class XPublisher implements Publisher {

    /** What a dry run answers instead of an id: nothing was posted, so there is no id to give. */
    public static final PostedId NOT_SENT = new PostedId("(dry run: not sent)");

    /** The longest one request may take, from connecting to the last byte of its answer. */
    public static final Duration DEADLINE = Duration.ofSeconds(90);

    /** How many of the account's latest posts a look-up reads: X's largest page. */
    private static final int RECENT = 100;

    private final TwitterV2 api;
    private final boolean live;
    private final SecretScrubber scrubber;
    private final BiFunction<String, Optional<String>, String> shareLink;
    private final Duration deadline;
    private Long accountId;

    private XPublisher(
            TwitterV2 api,
            boolean live,
            SecretScrubber scrubber,
            BiFunction<String, Optional<String>, String> shareLink,
            Duration deadline) {
        this.api = api;
        this.live = live;
        this.scrubber = scrubber;
        this.shareLink = shareLink;
        this.deadline = deadline;
    }

    /**
     * A publisher that posts for the account the credentials belong to.
     *
     * @param shareLink the composer link for a text, as a reply to the given post id when present:
     *     what the user is told to open when X refuses a reply
     * @param deadline the longest one request may take as a whole ({@link #DEADLINE})
     */
    public static XPublisher connect(
            XApiRoot root,
            XCredentials credentials,
            BiFunction<String, Optional<String>, String> shareLink,
            Duration deadline) {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(shareLink, "shareLink");
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("'deadline' must be positive");
        }
        ConfigurationBuilder configuration =
                configuration(root)
                        .setOAuthConsumerKey(credentials.apiKey())
                        .setOAuthConsumerSecret(credentials.apiKeySecret())
                        .setOAuthAccessToken(credentials.accessToken())
                        .setOAuthAccessTokenSecret(credentials.accessTokenSecret());
        return new XPublisher(
                client(root, configuration),
                true,
                new SecretScrubber(credentials.values()),
                shareLink,
                deadline);
    }

    /**
     * A publisher for a dry run: it is set up as for a live run, but needs no credentials and sends
     * nothing; every post is answered with {@link #NOT_SENT}.
     */
    public static XPublisher dryRun(XApiRoot root) {
        return new XPublisher(
                client(root, configuration(root)),
                false,
                new SecretScrubber(List.of()),
                (text, parent) -> "",
                DEADLINE);
    }

    private static ConfigurationBuilder configuration(XApiRoot root) {
        Objects.requireNonNull(root, "root");
        return new ConfigurationBuilder()
                // Set explicitly: a twitter4j.properties in the working folder must not switch on
                // debug output.
                .setDebugEnabled(false)
                .setJSONStoreEnabled(false)
                .setRestBaseURL(root.v1BaseUrl())
                // presskit's RetryPolicy decides about retries; a hidden second layer would
                // multiply them.
                .setHttpRetryCount(0)
                .setHttpConnectionTimeout(20_000)
                .setHttpReadTimeout(60_000);
    }

    private static TwitterV2 client(XApiRoot root, ConfigurationBuilder configuration) {
        Twitter twitter = new TwitterFactory(configuration.build()).getInstance();
        V2ConfigurationKt.getV2Configuration(twitter.getConfiguration())
                .setBaseURL(root.v2BaseUrl());
        return TwitterV2ExKt.getV2(twitter);
    }

    /**
     * Looks for the part among the account's latest posts: the same text (see {@link XPostText})
     * and a reply to the part's parent (a first part or a single post: no reply). The newest match
     * wins; only the latest {@value #RECENT} posts are read, which covers any one run.
     */
    @Override
    public Optional<PostedId> find(PartRequest request) throws PublishFailure {
        Objects.requireNonNull(request, "request");
        if (!live) {
            return Optional.empty();
        }
        long account = accountId();
        TweetsResponse recent =
                call(
                        () ->
                                api.getUserTweets(
                                        account,
                                        null,
                                        "retweets",
                                        null,
                                        RECENT,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        "entities,referenced_tweets",
                                        null,
                                        null),
                        false);
        Optional<Long> parent = request.parent().map(XPublisher::numericId);
        for (Tweet tweet : recent.getTweets()) {
            Long repliesTo = tweet.getRepliedToTweetId();
            // Asked for with tweet.fields=referenced_tweets: a reply always names its parent.
            boolean sameParent = Objects.equals(repliesTo, parent.orElse(null));
            if (sameParent && XPostText.same(tweet.getText(), links(tweet), request.text())) {
                return Optional.of(new PostedId(Long.toString(tweet.getId())));
            }
        }
        return Optional.empty();
    }

    @Override
    public PostedId post(PartRequest request) throws PublishFailure {
        Objects.requireNonNull(request, "request");
        return post(request.text(), request.parent());
    }

    /** Posts {@code text}, as a reply to {@code inReplyTo} when given. */
    public PostedId post(String text, Optional<PostedId> inReplyTo) throws PublishFailure {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(inReplyTo, "inReplyTo");
        if (!live) {
            // The dry run stops here, at the last step: all up to the request has run as if live.
            return NOT_SENT;
        }
        Long replyTo = inReplyTo.map(XPublisher::numericId).orElse(null);
        CreateTweetResponse response;
        try {
            response =
                    call(
                            () ->
                                    api.createTweet(
                                            null, null, null, null, null, null, null, null, null,
                                            replyTo, null, text),
                            true);
        } catch (PublishFailure failure) {
            if (failure.kind() == Kind.REPLY_REFUSED) {
                throw new PublishFailure(
                        Kind.REPLY_REFUSED,
                        failure.getMessage()
                                + ". Post this part and the rest of the thread by hand from the"
                                + " account, this part with "
                                + shareLink.apply(text, inReplyTo.map(PostedId::value))
                                + " and each further part as a reply to the one before.",
                        false);
            }
            throw failure;
        }
        if (response == null || response.getId() <= 0) {
            // Twitter4J turns a missing id into -1: the post may exist, but it is not confirmed.
            throw new PublishFailure(Kind.UNEXPECTED, "X answered without the new post's id", true);
        }
        return new PostedId(Long.toString(response.getId()));
    }

    /** The id of the account the credentials belong to, asked once. */
    private long accountId() throws PublishFailure {
        if (accountId == null) {
            UsersResponse me = call(() -> api.getMe("pinned_tweet_id", null, null), false);
            if (me.getUsers().isEmpty()) {
                throw new PublishFailure(
                        Kind.UNEXPECTED, "X did not say which account the credentials are", false);
            }
            accountId = me.getUsers().get(0).getId();
        }
        return accountId;
    }

    private static List<XPostText.Link> links(Tweet tweet) {
        List<XPostText.Link> links = new ArrayList<>();
        if (tweet.getUrls() != null) {
            for (UrlEntity2 url : tweet.getUrls()) {
                links.add(new XPostText.Link(url.getUrl(), url.getExpandedUrl()));
            }
        }
        return links;
    }

    /**
     * Runs one request on its own thread and waits at most the deadline for it. A request that runs
     * out of time is cancelled and abandoned (its daemon thread ends with its connection); for a
     * post its outcome is unknown, so the failure says it may have arrived.
     *
     * @param creates whether the request may create a post
     */
    private <T> T call(Callable<T> request, boolean creates) throws PublishFailure {
        FutureTask<T> task = new FutureTask<>(request);
        Thread thread = new Thread(task, "presskit-x-request");
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new PublishFailure(
                    Kind.TRANSIENT,
                    "X did not finish answering within " + PublishTime.show(deadline),
                    creates);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new PublishFailure(Kind.TRANSIENT, "interrupted while X answered", creates);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TwitterException twitter) {
                throw XFailures.translate(twitter, scrubber);
            }
            throw new PublishFailure(
                    Kind.UNEXPECTED,
                    "X's client failed: "
                            + scrubber.scrub(
                                    cause.getClass().getSimpleName() + ": " + cause.getMessage()),
                    creates);
        }
    }

    private static Long numericId(PostedId id) {
        try {
            return Long.valueOf(id.value());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "'inReplyTo' must be a numeric X id, not '" + id.value() + "'", e);
        }
    }
}
