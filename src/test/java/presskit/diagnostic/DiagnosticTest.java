package presskit.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiagnosticTest {

    @Test
    void formatsAsFileLineColumnSeverityFieldMessage() {
        Diagnostic d =
                Diagnostic.error(
                        "messages/2023.yaml", 12, 5, "quotes[0].speaker", "must not be blank");

        assertThat(d.format())
                .isEqualTo(
                        "messages/2023.yaml:12:5: error: 'quotes[0].speaker': must not be blank");
    }

    @Test
    void leavesOutWhatIsUnknown() {
        assertThat(Diagnostic.warning("", 0, 0, "", "no year found").format())
                .isEqualTo("warning: no year found");
        assertThat(Diagnostic.error("a.yaml", 3, 0, "", "bad").format())
                .isEqualTo("a.yaml:3: error: bad");
    }

    @Test
    void summaryCountsErrorsAndWarnings() {
        Diagnostics all = new Diagnostics();
        all.add(Diagnostic.error("b.yaml", 2, 1, "", "x"));
        all.add(Diagnostic.error("a.yaml", 9, 1, "", "y"));
        all.add(Diagnostic.warning("a.yaml", 1, 1, "", "z"));

        assertThat(Diagnostics.summary(all.errorCount(), all.warningCount()))
                .isEqualTo("2 errors, 1 warning");
        assertThat(all.all()).extracting(Diagnostic::message).containsExactly("z", "y", "x");
    }
}
