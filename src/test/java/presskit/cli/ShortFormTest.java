package presskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key message may give its own shorter wording ({@code {text: …, short: …}}): a post tries it
 * before becoming a thread, the full text stays where it fits, and {@code validate} says when a key
 * message misses one post by less than a tenth. The fixture is the invented minimal campaign; its
 * texts are made up.
 */
class ShortFormTest {

    private static final Path MINIMAL = Path.of("src/test/resources/fixtures/minimal");

    /** 245 characters once "{andel}" is said: 285 as one X post with the tag and the link. */
    private static final String LONG =
            "{andel} testpersoner tycker om tester. De testar varje morgon innan kaffet och varje"
                    + " kväll efter maten. Ingen av dem vill sluta, och de flesta vill testa ännu"
                    + " mer nästa år. Förbundet vill att alla arbetsplatser får tid och pengar till"
                    + " tester.";

    @TempDir Path tmp;

    @Test
    void theShortFormMakesOnePostWhereTheFullTextWouldBeAThread() throws IOException {
        Path messages = campaign("    - text: \"" + LONG + "\"\n      short: \"{andel} av dem.\"");

        Path out = tmp.resolve("out");
        Cli.Run run = Cli.build(messages, out);

        assertThat(run.status()).as(run.all()).isZero();
        assertThat(run.all()).doesNotContain("warning");
        Path national = out.resolve("2023/national");
        assertThat(Files.readString(national.resolve("x/key-1.txt")))
                .isEqualTo("Sju av tio av dem.\n\n#testrapporten\nhttps://www.vision.se/\n");
        assertThat(national.resolve("x/key-1-1.txt")).doesNotExist();
        // Where the full text fits, it is said in full.
        assertThat(Files.readString(national.resolve("mastodon/key-1.txt")))
                .startsWith("Sju av tio testpersoner tycker om tester. De testar varje morgon");
        assertThat(Files.readString(national.resolve("sheet.md")))
                .contains("Förbundet vill att alla arbetsplatser får tid och pengar till tester.");
    }

    @Test
    void aKeyMessageThatMissesOnePostByLessThanATenthIsAWarningAtItsLine() throws IOException {
        Path messages = campaign("    - \"" + LONG + "\"");

        Cli.Run run = Cli.run("validate", "--messages", messages.toString());

        assertThat(run.status()).as(run.all()).isZero();
        assertThat(run.out().lines())
                .contains(
                        messages.resolve("2023.yaml")
                                + ":30:7: warning: 'messages.key[0]': as one X post it is 285"
                                + " long, 5 characters over the limit of 280, so it becomes a"
                                + " thread of 2 parts; tighten it by 5 or more, or give it a"
                                + " shorter form that fits one post (write the message as"
                                + " 'text: …' and add 'short: …')");
        assertThat(run.out()).doesNotContain("Mastodon post", "Bluesky post");
    }

    @Test
    void aKeyMessageFarOverTheLimitIsAThreadWithoutAWarning() throws IOException {
        String twice = LONG + " " + LONG.replace("{andel}", "Nästan alla");
        Path messages = campaign("    - \"" + twice + " " + twice + "\"");

        Cli.Run run = Cli.run("validate", "--messages", messages.toString());

        assertThat(run.status()).as(run.all()).isZero();
        assertThat(run.out()).isEqualTo("No findings.\n");
    }

    @Test
    void aPlaceholderInTheShortFormIsCheckedAtItsLine() throws IOException {
        Path messages = campaign("    - text: \"" + LONG + "\"\n      short: \"Testa {lämna}.\"");

        Cli.Run run = Cli.run("validate", "--messages", messages.toString());

        assertThat(run.status()).as(run.all()).isEqualTo(2);
        assertThat(run.err().lines())
                .contains(
                        messages.resolve("2023.yaml")
                                + ":31:21: error: 'messages.key[0].short': '{lämna}' names no"
                                + " figure; defined figures: andel");
    }

    @Test
    void aShortFormStillToBeFilledInIsAFindingAtItsLine() throws IOException {
        Path messages =
                campaign(
                        "    - text: \"Hej.\"\n      short: \"FYLL I: samma budskap i färre ord"
                                + " (the same message in fewer words)\"");

        Cli.Run run = Cli.run("validate", "--messages", messages.toString());

        assertThat(run.status()).as(run.all()).isEqualTo(1);
        assertThat(run.out().lines())
                .contains(
                        messages.resolve("2023.yaml")
                                + ":31:14: error: 'messages.key[0].short': is still to be filled"
                                + " in: samma budskap i färre ord (the same message in fewer"
                                + " words)");
    }

    @Test
    void aKeyMessageWrittenNeitherWayIsAnErrorSayingBothWays() throws IOException {
        Path messages = campaign("    - 5\n    - text: \"Hej.\"\n      kort: \"Hej.\"");

        Cli.Run run = Cli.run("validate", "--messages", messages.toString());

        assertThat(run.status()).as(run.all()).isEqualTo(2);
        String file = messages.resolve("2023.yaml").toString();
        assertThat(run.err().lines())
                .contains(
                        file
                                + ":30:7: error: 'messages.key[0]': expected text or a mapping of"
                                + " fields, found the number 5 (A key message: its text, or"
                                + " {text: …, short: …}.)",
                        file
                                + ":32:7: error: 'messages.key[1].kort': unknown key 'kort'; did"
                                + " you mean 'short'?");
    }

    /** The minimal campaign with its one key message written as {@code keyItem}. */
    private Path campaign(String keyItem) throws IOException {
        Path messages = tmp.resolve("messages");
        Files.createDirectories(messages);
        Files.copy(MINIMAL.resolve("organisation.yaml"), messages.resolve("organisation.yaml"));
        Files.copy(MINIMAL.resolve("sweden.yaml"), messages.resolve("sweden.yaml"));
        String year = Files.readString(MINIMAL.resolve("2023.yaml"));
        String item = "    - \"{andel} testpersoner tycker om tester.\"\n  short:";
        assertThat(year).contains(item);
        Files.writeString(
                messages.resolve("2023.yaml"),
                year.replace(item, keyItem.replace("\\n", "\n") + "\n  short:"));
        return messages;
    }
}
