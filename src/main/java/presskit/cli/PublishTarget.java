package presskit.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import presskit.channel.Bluesky;
import presskit.channel.Mastodon;
import presskit.channel.Network;
import presskit.channel.X;
import presskit.publish.BuildManifest;
import presskit.publish.Publisher;

/**
 * How {@code publish} reaches one network: where its API is, how its credentials are read, and its
 * {@link Publisher} for a dry run and a live one. {@link #of} picks the target for a network.
 */
interface PublishTarget {

    /**
     * The target for posting from {@code manifest}'s kit: the same, unless the network's posts
     * carry something of the kit besides their text (Bluesky's link cards).
     */
    default PublishTarget forBuild(BuildManifest manifest) {
        return this;
    }

    /** Where posts go, named in the dry run's first line. */
    String endpoint();

    /** A publisher set up as for a live run that sends nothing. */
    Publisher dryRun();

    /**
     * A publisher for the account whose credentials are in {@code file}, or in the environment when
     * no file is given.
     *
     * @param warnings told about anything odd in the credentials file, such as its permissions
     */
    Publisher connect(
            Optional<Path> file, Map<String, String> environment, Consumer<String> warnings);

    /**
     * The target of a network presskit can post to.
     *
     * @param apiBaseUrl the {@code --api-base-url} given, or empty for the network's default
     * @param visibility the {@code --visibility} given, which only Mastodon has
     * @throws CommandFailure when presskit cannot post to the network
     */
    static PublishTarget of(
            Network network,
            Optional<String> apiBaseUrl,
            Optional<String> visibility,
            Map<String, String> environment) {
        if (network instanceof Mastodon) {
            return new MastodonTarget(apiBaseUrl, visibility, environment);
        }
        if (visibility.isPresent()) {
            throw new CommandFailure(
                    ExitCode.USAGE_OR_INPUT,
                    "--visibility is only for --channel mastodon; "
                            + network.name()
                            + " posts are always public");
        }
        if (network instanceof X) {
            return new XTarget(apiBaseUrl);
        }
        if (network instanceof Bluesky) {
            return new BlueskyTarget(apiBaseUrl);
        }
        throw new CommandFailure(
                ExitCode.USAGE_OR_INPUT, "cannot publish to channel '" + network.id() + "' yet");
    }
}
