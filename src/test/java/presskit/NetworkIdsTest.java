package presskit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A network's rules live in its own class: no other code decides anything by comparing or switching
 * on a network id, or by asking which counting rule a channel has.
 */
class NetworkIdsTest {

    private static final Path MAIN = Path.of("src/main/java/presskit");
    private static final Path PAGE_SCRIPT = Path.of("src/main/resources/presskit/page/page.js");

    /** The network classes, the only place where an id decides something. */
    private static final Set<String> NETWORK_CLASSES =
            Set.of("X.java", "Mastodon.java", "Bluesky.java", "LinkedIn.java", "Facebook.java");

    private static final String ID = "[\"'](?:x|mastodon|bluesky|linkedin|facebook)[\"']";
    private static final List<Pattern> DECISIONS =
            List.of(
                    // case "x" ->, case 'x':
                    Pattern.compile("\\bcase\\s+" + ID),
                    // .equals("x"), equalsIgnoreCase("x"), == "x", === 'x', != "x"
                    Pattern.compile("(?:equals(?:IgnoreCase)?\\(|[=!]==?)\\s*" + ID),
                    // "x".equals(…), "x" == …
                    Pattern.compile(ID + "\\s*(?:\\.equals|[=!]==?)"),
                    // map keys: Map.of("x", …), put("x", …), get("x"), getOrDefault("x", …), "x": …
                    // in JS
                    Pattern.compile(
                            "(?:Map\\.of|Map\\.entry|put|get|getOrDefault|containsKey)\\(\\s*"
                                    + ID),
                    Pattern.compile(ID + "\\s*:(?!:)"),
                    // JS object keys written bare: { x: …, mastodon: … }
                    Pattern.compile("^\\s*(?:x|mastodon|bluesky|linkedin|facebook)\\s*:\\s"),
                    // Asking which counting rule a channel has is a network decision as well.
                    Pattern.compile(
                            "instanceof\\s+(?:XLength|MastodonLength|BlueskyLength|CharacterLength)\\b"));

    @Test
    void onlyTheNetworkClassesDecideByNetworkId() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                boolean networkClass =
                        file.getParent().endsWith("channel")
                                && NETWORK_CLASSES.contains(file.getFileName().toString());
                if (!networkClass) {
                    found.addAll(decisions(file));
                }
            }
        }
        found.addAll(decisions(PAGE_SCRIPT));
        assertThat(found)
                .as("network ids compared or switched on outside the network classes")
                .isEmpty();
    }

    @Test
    void theLoaderDoesNotKnowTheNetworks() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve("load"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                assertThat(Files.readString(file))
                        .as(file.toString())
                        .doesNotContain("presskit.channel.");
            }
        }
    }

    @Test
    void theScanFindsEveryFormOfDecision() {
        List<String> decisions =
                List.of(
                        "case \"x\" -> 1;",
                        "      case 'bluesky': return 1;",
                        "if (!channel.equals(\"x\")) {",
                        "return \"x\".equals(channelId);",
                        "if (channel === 'facebook') {",
                        "Map.of(\"x\", \"X\", \"mastodon\", \"Mastodon\");",
                        "    mastodon: function (t) { return 1; },",
                        "if (rule instanceof MastodonLength m) {");
        assertThat(decisions).allMatch(NetworkIdsTest::decides);
        assertThat(
                        List.of(
                                "@Option(names = \"--channel\", defaultValue = \"x\")",
                                "\"x\".repeat(23)",
                                "Channels.builtIn().ids()"))
                .noneMatch(NetworkIdsTest::decides);
    }

    private static List<String> decisions(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (decides(lines.get(i))) {
                found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
        }
        return found;
    }

    private static boolean decides(String line) {
        return DECISIONS.stream().anyMatch(p -> p.matcher(line).find());
    }
}
