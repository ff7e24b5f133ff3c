package presskit.publish.x;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import presskit.publish.PartRequest;
import presskit.publish.PostedId;
import presskit.publish.PublishFailure;
import presskit.publish.Publisher;
import presskit.publish.SecretScrubber;
import twitter4j.CreateTweetResponse;
import twitter4j.Twitter;
import twitter4j.TwitterException;
import twitter4j.TwitterFactory;
import twitter4j.TwitterV2;
import twitter4j.TwitterV2ExKt;
import twitter4j.V2ConfigurationKt;
import twitter4j.conf.ConfigurationBuilder;

/**
 * Posts to X through {@code POST /2/tweets} with Twitter4J and its v2 add-on, signed with OAuth
 * 1.0a user context. This is the only class that calls Twitter4J; {@link XFailures} translates its
 * exceptions.
 */
public final class XPublisher implements Publisher {

    /** What a dry run answers instead of an id: nothing was posted, so there is no id to give. */
    public static final PostedId NOT_SENT = new PostedId("(dry run: not sent)");

    private final TwitterV2 api;
    private final boolean live;
    private final SecretScrubber scrubber;

    private XPublisher(TwitterV2 api, boolean live, SecretScrubber scrubber) {
        this.api = api;
        this.live = live;
        this.scrubber = scrubber;
    }

    /** A publisher that posts for the account the credentials belong to. */
    public static XPublisher connect(XApiRoot root, XCredentials credentials) {
        Objects.requireNonNull(credentials, "credentials");
        ConfigurationBuilder configuration =
                configuration(root)
                        .setOAuthConsumerKey(credentials.apiKey())
                        .setOAuthConsumerSecret(credentials.apiKeySecret())
                        .setOAuthAccessToken(credentials.accessToken())
                        .setOAuthAccessTokenSecret(credentials.accessTokenSecret());
        return new XPublisher(
                client(root, configuration), true, new SecretScrubber(credentials.values()));
    }

    /**
     * A publisher for a dry run: it is set up as for a live run, but needs no credentials and sends
     * nothing; every post is answered with {@link #NOT_SENT}.
     */
    public static XPublisher dryRun(XApiRoot root) {
        return new XPublisher(
                client(root, configuration(root)), false, new SecretScrubber(List.of()));
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

    @Override
    public Optional<PostedId> find(PartRequest request) {
        // X offers no key to look a post up by; a lookup by exact text comes with the v2 timeline.
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
                    api.createTweet(
                            null, null, null, null, null, null, null, null, null, replyTo, null,
                            text);
        } catch (TwitterException e) {
            throw XFailures.translate(e, scrubber);
        } catch (RuntimeException e) {
            throw new PublishFailure(
                    PublishFailure.Kind.UNEXPECTED,
                    "X's client failed: "
                            + scrubber.scrub(e.getClass().getSimpleName() + ": " + e.getMessage()),
                    true);
        }
        if (response == null || response.getId() <= 0) {
            // Twitter4J turns a missing id into -1: the post may exist, but it is not confirmed.
            throw new PublishFailure(
                    PublishFailure.Kind.UNEXPECTED, "X answered without the new post's id", true);
        }
        return new PostedId(Long.toString(response.getId()));
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
