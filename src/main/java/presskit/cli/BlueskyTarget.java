package presskit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import presskit.publish.BuildManifest;
import presskit.publish.LinkPreview;
import presskit.publish.Publisher;
import presskit.publish.bluesky.BlueskyCredentials;
import presskit.publish.bluesky.BlueskyPublisher;
import presskit.publish.bluesky.BlueskyRoot;

/**
 * Bluesky: records written with {@code com.atproto.repo.putRecord} on the account's PDS, logged in
 * with the handle and an app password from a properties file or the environment; link cards from
 * the kit's link previews.
 */
final class BlueskyTarget implements PublishTarget {

    private final BlueskyRoot root;
    private final List<LinkPreview> previews;

    BlueskyTarget(Optional<String> apiBaseUrl) {
        this(BlueskyRoot.parse(apiBaseUrl.orElse(BlueskyRoot.DEFAULT)), List.of());
    }

    private BlueskyTarget(BlueskyRoot root, List<LinkPreview> previews) {
        this.root = root;
        this.previews = previews;
    }

    @Override
    public PublishTarget forBuild(BuildManifest manifest) {
        return new BlueskyTarget(root, manifest.links());
    }

    @Override
    public String endpoint() {
        return root.putRecordUrl();
    }

    @Override
    public Publisher dryRun() {
        return BlueskyPublisher.dryRun(root);
    }

    @Override
    public Publisher connect(
            Optional<Path> file, Map<String, String> environment, Consumer<String> warnings) {
        BlueskyCredentials account =
                file.isEmpty()
                        ? BlueskyCredentials.fromEnvironment(environment)
                        : BlueskyCredentials.fromFile(file.get(), warnings);
        return BlueskyPublisher.connect(
                root, account, previews, warnings, BlueskyPublisher.DEADLINE);
    }
}
