package presskit.validate.links;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The invented minimal fixture campaign, copied into a folder with its report link replaced. */
public final class MinimalCampaign {

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/minimal");

    private MinimalCampaign() {}

    /** {@code dir/messages}, holding the fixture with its report link pointing at {@code url}. */
    public static Path linkingTo(Path dir, String url) throws IOException {
        Path messages = dir.resolve("messages");
        Files.createDirectories(messages);
        Files.copy(FIXTURE.resolve("organisation.yaml"), messages.resolve("organisation.yaml"));
        Files.copy(FIXTURE.resolve("sweden.yaml"), messages.resolve("sweden.yaml"));
        Files.writeString(
                messages.resolve("2023.yaml"),
                Files.readString(FIXTURE.resolve("2023.yaml"))
                        .replace("https://www.vision.se/", url));
        return messages;
    }
}
