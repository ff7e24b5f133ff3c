package presskit.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import presskit.publish.Publisher;
import presskit.publish.mastodon.MastodonInstance;
import presskit.publish.mastodon.MastodonPublisher;
import presskit.publish.mastodon.MastodonToken;
import presskit.publish.mastodon.Visibility;

/**
 * Mastodon: {@code POST /api/v1/statuses} on the instance that {@code --api-base-url} or {@code
 * MASTODON_INSTANCE} names, with the access token from a properties file or the environment.
 */
final class MastodonTarget implements PublishTarget {

    private final Optional<MastodonInstance> instance;
    private final Visibility visibility;

    MastodonTarget(
            Optional<String> apiBaseUrl,
            Optional<String> visibility,
            Map<String, String> environment) {
        Optional<String> fromEnvironment =
                Optional.ofNullable(environment.get(MastodonInstance.VARIABLE))
                        .filter(value -> !value.isBlank());
        this.instance =
                apiBaseUrl.isPresent()
                        ? apiBaseUrl.map(url -> MastodonInstance.parse(url, "--api-base-url"))
                        : fromEnvironment.map(
                                url -> MastodonInstance.parse(url, MastodonInstance.VARIABLE));
        this.visibility = visibility.map(Visibility::parse).orElse(Visibility.PUBLIC);
    }

    @Override
    public String endpoint() {
        return instance.map(MastodonInstance::statusesUrl)
                        .orElse(
                                "(no instance set: give --api-base-url or "
                                        + MastodonInstance.VARIABLE
                                        + ")")
                + " as "
                + visibility.value()
                + " posts";
    }

    @Override
    public Publisher dryRun() {
        return MastodonPublisher.dryRun(visibility);
    }

    @Override
    public Publisher connect(
            Optional<Path> file, Map<String, String> environment, Consumer<String> warnings) {
        MastodonInstance root =
                instance.orElseThrow(
                        () ->
                                new CommandFailure(
                                        ExitCode.USAGE_OR_INPUT,
                                        "no Mastodon instance to post to: give --api-base-url"
                                                + " https://your.instance or set "
                                                + MastodonInstance.VARIABLE));
        MastodonToken token =
                file.isEmpty()
                        ? MastodonToken.fromEnvironment(environment)
                        : MastodonToken.fromFile(file.get(), warnings);
        return MastodonPublisher.connect(root, token, visibility);
    }
}
