package presskit.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import presskit.diagnostic.DiagnosticException;
import presskit.model.Municipality;
import presskit.model.Region;
import presskit.model.Sweden;

/** What a person may type for a municipality: its code or its name, case and diacritics ignored. */
class MunicipalitiesTest {

    /** A few of SCB's municipalities, Håbo and Habo among them: one spelling without ring apart. */
    private static final Sweden SWEDEN =
            new Sweden(
                    List.of(
                            new Region("03", "Uppsala län"),
                            new Region("06", "Jönköpings län"),
                            new Region("18", "Örebro län"),
                            new Region("20", "Dalarnas län"),
                            new Region("25", "Norrbottens län")),
                    List.of(
                            new Municipality("0305", "Håbo", "03", "Håbo kommun"),
                            new Municipality("0643", "Habo", "06", "Habo kommun"),
                            new Municipality("1880", "Örebro", "18", "Örebro kommun"),
                            new Municipality("2023", "Malung-Sälen", "20", "Malung-Sälens kommun"),
                            new Municipality("2584", "Kiruna", "25", "Kiruna kommun")));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2584, 2584",
        "kiruna, 2584",
        "KIRUNA, 2584",
        "' Kiruna ', 2584",
        "Malung-Sälen, 2023",
        "malung-salen, 2023",
        "MALUNG-SÄLEN, 2023",
        "orebro, 1880",
        "Örebro, 1880",
        "Habo, 0643",
        "HABO, 0643",
        "håbo, 0305",
        "2023, 2023",
        "Malung-Sälens kommun, 2023",
        "orebro kommun, 1880",
    })
    void findsTheMunicipalityByCodeOrName(String typed, String code) {
        assertThat(Municipalities.find(SWEDEN, typed, "--municipality").code()).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "kirna|no municipality is called 'kirna'; did you mean Kiruna (2584)?",
                "malung salen|no municipality is called 'malung salen'; did you mean Malung-Sälen"
                        + " (2023)?",
                "9999|no municipality has the code '9999'; give its four-digit SCB code or its"
                        + " name, e.g. 2080 or Falun",
                "Stockholmsstad|no municipality is called 'Stockholmsstad'; give its four-digit"
                        + " SCB code or its name, e.g. 2080 or Falun",
                // Neither name as written, both without diacritics: no silent pick.
                "hàbo|'hàbo' could be Håbo (0305) or Habo (0643); give the code or the name with"
                        + " its å, ä or ö",
            })
    void anythingElseIsAUsageErrorSayingWhatToType(String typed, String message) {
        assertThatThrownBy(() -> Municipalities.find(SWEDEN, typed, "--municipality"))
                .isInstanceOfSatisfying(
                        DiagnosticException.class,
                        e ->
                                assertThat(e.diagnostics().get(0).format())
                                        .isEqualTo("error: '--municipality': " + message));
    }
}
