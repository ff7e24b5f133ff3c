package presskit.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The campaign's folder: the {@code --messages} option of every command that reads or writes it.
 */
final class MessagesFolder {

    @Option(
            names = "--messages",
            paramLabel = "DIR",
            defaultValue = "messages",
            description = "Folder with the campaign's YAML (default: ${DEFAULT-VALUE}).")
    Path dir;
}
