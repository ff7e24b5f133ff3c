package presskit.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ledger on disk: round trip, refusal to overwrite what it cannot read, one run at a time. */
class LedgerFileTest {

    @TempDir Path dir;

    @Test
    void whatIsSavedIsReadBack() throws Exception {
        LedgerFile file = new LedgerFile(dir, 2023, "x");
        Ledger ledger = new Ledger(2023, "x");
        LedgerPart first =
                LedgerPart.sending(
                                1,
                                ContentHash.of("Ett"),
                                Optional.of("3k4duaz5vfs2b"),
                                Optional.empty(),
                                Instant.parse("2023-09-18T04:00:00Z"))
                        .posted(
                                new PostedId(
                                        "at://did:plc:abc/app.bsky.feed.post/3k4duaz5vfs2b",
                                        "bafyreib2"),
                                Instant.parse("2023-09-18T04:00:01Z"));
        LedgerPart second =
                LedgerPart.sending(
                        2,
                        ContentHash.of("Två"),
                        Optional.empty(),
                        Optional.of(new PostedId("101")),
                        Instant.parse("2023-09-18T04:00:02Z"));
        ledger.put("national/x/key-1", first);
        ledger.put("national/x/key-1", second);

        file.save(ledger);
        Ledger read = file.load();

        assertThat(read.part("national/x/key-1", 1)).contains(first);
        assertThat(read.part("national/x/key-1", 2)).contains(second);
        assertThat(read.part("national/x/key-1", 3)).isEmpty();
    }

    @Test
    void aMissingLedgerIsEmpty() {
        assertThat(new LedgerFile(dir, 2023, "x").load().part("any", 1)).isEmpty();
    }

    @Test
    void anUnreadableLedgerIsNeverOverwritten() throws Exception {
        LedgerFile file = new LedgerFile(dir, 2023, "x");
        Files.writeString(file.path(), "{ not json");

        assertThatThrownBy(file::load)
                .isInstanceOf(PublishSetupException.class)
                .hasMessage(
                        "the ledger "
                                + file.path()
                                + " cannot be read (not valid JSON at line 1, column 3); it records"
                                + " what was already posted, so fix it or move it aside before"
                                + " publishing");
        assertThat(Files.readString(file.path())).isEqualTo("{ not json");
    }

    @ParameterizedTest
    @CsvSource({"format, 4294967297", "year, 4294969319", "part, 4294967297"})
    void aNumberBeyondAnIntIsNotReadAsWhatIsLeftOfIt(String field, String huge) throws Exception {
        // 4294967297 wraps to 1, the format and the part; 4294969319 to 2023, the year.
        LedgerFile file = new LedgerFile(dir, 2023, "x");
        Ledger ledger = new Ledger(2023, "x");
        ledger.put(
                "national/x/key-1",
                LedgerPart.sending(
                        1,
                        ContentHash.of("Ett"),
                        Optional.empty(),
                        Optional.empty(),
                        Instant.parse("2023-09-18T04:00:00Z")));
        file.save(ledger);
        String saved = Files.readString(file.path());
        String changed =
                saved.replaceFirst("\"" + field + "\"\\s*:\\s*\\d+", "\"" + field + "\": " + huge);
        assertThat(changed).isNotEqualTo(saved);
        Files.writeString(file.path(), changed);

        assertThatThrownBy(file::load)
                .isInstanceOf(PublishSetupException.class)
                .hasMessageContaining("fix it or move it aside");
    }

    @Test
    void aSecondRunCannotTakeTheLedger() throws Exception {
        LedgerFile file = new LedgerFile(dir, 2023, "x");
        try (LedgerFile.Lock first = file.lock()) {
            assertThat(first.ledger().year()).isEqualTo(2023);
            assertThatThrownBy(file::lock)
                    .isInstanceOf(PublishSetupException.class)
                    .hasMessageContaining("another 'presskit publish'");
        }
        try (LedgerFile.Lock again = file.lock()) {
            assertThat(again.ledger()).isNotNull();
        }
    }

    @Test
    void theHashIsSha256OfTheUtf8Text() {
        assertThat(ContentHash.of(""))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
