package presskit.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where online link-check results are kept: an option of the commands that check links online only,
 * since a build never reads the cache.
 */
final class LinkCacheDir {

    @Option(
            names = "--cache-dir",
            paramLabel = "DIR",
            defaultValue = ".presskit/cache",
            description = "Link-check cache (default: ${DEFAULT-VALUE}).")
    Path dir;
}
