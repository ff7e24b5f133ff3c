package presskit.publish.x;

import java.util.Objects;
import java.util.Optional;
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
import twitter4j.conf.Configuration;
import twitter4j.conf.ConfigurationBuilder;

/**
 * Posts to X through {@code POST /2/tweets} with Twitter4J and its v2 add-on, signed with OAuth 1.0a user
 * context. This is the only class that calls Twitter4J; {@link XFailures} translates its exceptions.
 */
public final class XPublisher implements Publisher {

    static {
        // Twitter4J's own logger prints configuration and, in debug mode, request headers with the key and
        // token; presskit reports everything itself, so Twitter4J stays silent.
        System.setProperty("twitter4j.loggerFactory", "twitter4j.NullLoggerFactory");
    }

    private final TwitterV2 api;
    private final boolean live;
    private final SecretScrubber scrubber;

    private XPublisher(TwitterV2 api, boolean live, SecretScrubber scrubber) {
        this.api = api;
        this.live = live;
        this.scrubber = scrubber;
    }

    /**
     * A publisher for the account the credentials belong to.
     *
     * @param live false builds one that refuses to send, a last guard should a dry run ever reach it
     */
    public static XPublisher connect(XApiRoot root, XCredentials credentials, boolean live) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(credentials, "credentials");
        Configuration configuration = new ConfigurationBuilder()
                // Set explicitly: a twitter4j.properties in the working folder must not switch on debug output.
                .setDebugEnabled(false)
                .setJSONStoreEnabled(false)
                .setOAuthConsumerKey(credentials.apiKey())
                .setOAuthConsumerSecret(credentials.apiKeySecret())
                .setOAuthAccessToken(credentials.accessToken())
                .setOAuthAccessTokenSecret(credentials.accessTokenSecret())
                .setRestBaseURL(root.v1BaseUrl())
                // presskit's RetryPolicy decides about retries; a hidden second layer would multiply them.
                .setHttpRetryCount(0)
                .setHttpConnectionTimeout(20_000)
                .setHttpReadTimeout(60_000)
                .build();
        Twitter twitter = new TwitterFactory(configuration).getInstance();
        V2ConfigurationKt.getV2Configuration(twitter.getConfiguration()).setBaseURL(root.v2BaseUrl());
        return new XPublisher(TwitterV2ExKt.getV2(twitter), live, new SecretScrubber(credentials.values()));
    }

    @Override
    public PostedId post(String text, Optional<PostedId> inReplyTo) throws PublishFailure {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(inReplyTo, "inReplyTo");
        if (!live) {
            throw new IllegalStateException("dry run: nothing may be sent to X");
        }
        Long replyTo = inReplyTo.map(XPublisher::numericId).orElse(null);
        CreateTweetResponse response;
        try {
            response = api.createTweet(null, null, null, null, null, null, null, null, null, replyTo, null, text);
        } catch (TwitterException e) {
            throw XFailures.translate(e, scrubber);
        } catch (RuntimeException e) {
            throw new PublishFailure(PublishFailure.Kind.UNEXPECTED,
                    "X's client failed: " + scrubber.scrub(e.getClass().getSimpleName() + ": " + e.getMessage()), true);
        }
        if (response == null || response.getId() <= 0) {
            // Twitter4J turns a missing id into -1: the post may exist, but it is not confirmed.
            throw new PublishFailure(PublishFailure.Kind.UNEXPECTED, "X answered without the new post's id", true);
        }
        return new PostedId(Long.toString(response.getId()));
    }

    private static Long numericId(PostedId id) {
        try {
            return Long.valueOf(id.value());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'inReplyTo' must be a numeric X id, not '" + id.value() + "'", e);
        }
    }
}
