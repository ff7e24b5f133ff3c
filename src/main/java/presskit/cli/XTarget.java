package presskit.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import presskit.channel.X;
import presskit.publish.Publisher;
import presskit.publish.x.XApiRoot;
import presskit.publish.x.XCredentials;
import presskit.publish.x.XCredentialsLoader;
import presskit.publish.x.XPublisher;

/** X: {@code POST /2/tweets}, with OAuth 1.0a keys from a properties file or the environment. */
final class XTarget implements PublishTarget {

    private final XApiRoot root;

    XTarget(Optional<String> apiBaseUrl) {
        this.root = XApiRoot.parse(apiBaseUrl.orElse(XApiRoot.DEFAULT));
    }

    @Override
    public String endpoint() {
        return root.tweetsUrl();
    }

    @Override
    public Publisher dryRun() {
        return XPublisher.dryRun(root);
    }

    @Override
    public Publisher connect(
            Optional<Path> file, Map<String, String> environment, Consumer<String> warnings) {
        XCredentials keys =
                file.isEmpty()
                        ? XCredentialsLoader.fromEnvironment(environment)
                        : XCredentialsLoader.fromFile(file.get(), warnings);
        return XPublisher.connect(root, keys, new X()::shareLink, XPublisher.DEADLINE);
    }
}
