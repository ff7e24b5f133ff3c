package presskit.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import presskit.diagnostic.Diagnostic;
import presskit.diagnostic.DiagnosticException;
import presskit.model.Approval;

/** The approvals file read back as written, and a wrongly edited one reported where it is wrong. */
class ApprovalsFileTest {

    private static final String HASH = Approval.hashOf("Åtta av tio rektorer…");

    @TempDir Path dir;

    @Test
    void whatIsWrittenReadsBackTheSameEvenWithQuotesAndBackslashes() throws Exception {
        Path file = ApprovalsFile.of(dir, 2023);
        List<Approval> approvals =
                List.of(
                        new Approval(
                                "regions/18/x/figure-chefer",
                                List.of(
                                        new Approval.Part(HASH, "Åtta av tio rektorer…"),
                                        new Approval.Part(Approval.hashOf("2/2"), "2/2")),
                                "Eva \"Evi\" Lind",
                                Instant.parse("2023-09-14T07:30:00Z"),
                                "C:\\utkast # inte en kommentar"));

        ApprovalsFile.write(file, 2023, approvals);

        assertThat(ApprovalsFile.read(file)).isEqualTo(approvals);
        assertThat(dir).isDirectoryNotContaining("glob:**/.*.tmp");
    }

    @Test
    void aWrongKeyAMissingNameAndBadYamlAreEachLocated() throws Exception {
        String head = "# hand-edited\napprovals:\n";
        String entry =
                "    parts:\n      - \""
                        + HASH
                        + "\"\n    by: \"Eva\"\n    at: \"2023-09-14T07:30:00Z\"\n";

        assertThat(problem(head + "  \"National X 1\":\n" + entry))
                .isEqualTo(
                        "2023.approvals.yaml:3:3: error: 'approvals.National X 1': 'National X 1'"
                                + " is not an output id; write one as 'presskit approve --list'"
                                + " shows it, such as national/x/key-1");
        assertThat(problem(head + "  national/x/key-1:\n" + entry.replace("    by: \"Eva\"\n", "")))
                .isEqualTo(
                        "2023.approvals.yaml:4:5: error: 'approvals.national/x/key-1.by': missing"
                                + " required field 'by' in 'approvals.national/x/key-1'");
        assertThat(
                        problem(
                                head
                                        + "  national/x/key-1:\n"
                                        + entry.replace("by: \"Eva\"", "by: [Eva")))
                .startsWith("2023.approvals.yaml:")
                .matches("(?s)2023\\.approvals\\.yaml:\\d+:\\d+: error: .*");
    }

    private String problem(String text) throws Exception {
        Path file = ApprovalsFile.of(dir, 2023);
        Files.writeString(file, text);
        DiagnosticException e =
                catchThrowableOfType(DiagnosticException.class, () -> ApprovalsFile.read(file));
        assertThat(e).as(text).isNotNull();
        Diagnostic first = e.diagnostics().get(0);
        return first.format().replace(dir.toString() + "/", "");
    }
}
