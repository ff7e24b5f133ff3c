package presskit.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import presskit.diagnostic.DiagnosticException;
import presskit.model.CampaignYear;
import presskit.model.FigureUnit;
import presskit.source.LoadedCampaign;

class CampaignLoaderTest {

    @Test
    void loadsTheNewestShippedYearWithTheSeedsFigures() {
        LoadedCampaign loaded =
                new CampaignLoader(Path.of("messages")).load(java.util.Optional.empty());
        CampaignYear year = loaded.campaign().year();

        assertThat(year.year()).isEqualTo(2023);
        assertThat(year.report().title()).isEqualTo("Socialchefsrapporten 2023");
        assertThat(year.figure("rekrytering"))
                .hasValueSatisfying(
                        f -> {
                            assertThat(f.value()).isEqualByComparingTo("8");
                            assertThat(f.unit()).isEqualTo(FigureUnit.OUT_OF_TEN);
                        });
        assertThat(year.survey().respondents()).isEqualTo(158);
        assertThat(year.survey().responseRate()).isEqualTo(55);
        assertThat(loaded.campaign().contacts())
                .extracting(c -> c.name())
                .containsExactly("Caroline Cederquist", "Maria Martinsson");
        assertThat(year.keyMessages()).extracting(m -> m.id()).startsWith("key-1", "key-2");
    }

    @Test
    void listsTheShippedYears() {
        assertThat(new CampaignLoader(Path.of("messages")).years()).containsExactly(2022, 2023);
    }

    @Test
    void everyShippedYearLoads() {
        CampaignLoader loader = new CampaignLoader(Path.of("messages"));
        for (int year : loader.years()) {
            assertThat(loader.load(java.util.Optional.of(year)).campaign().year().year())
                    .isEqualTo(year);
        }
    }

    @Test
    void reportsAnUnknownKeyWithLineAndSuggestion(@TempDir Path dir) throws IOException {
        Path messages = copyShipped(dir);
        String year = Files.readString(messages.resolve("2023.yaml"));
        Files.writeString(
                messages.resolve("2023.yaml"),
                year.replace("    speaker: Veronica", "    speeker: Veronica"));

        assertThatThrownBy(() -> new CampaignLoader(messages).load(java.util.Optional.of(2023)))
                .isInstanceOfSatisfying(
                        DiagnosticException.class,
                        e ->
                                assertThat(e.diagnostics())
                                        .anySatisfy(
                                                d -> {
                                                    assertThat(d.message())
                                                            .contains(
                                                                    "unknown key 'speeker'",
                                                                    "did you mean 'speaker'?");
                                                    assertThat(d.line())
                                                            .isEqualTo(
                                                                    lineOf(
                                                                            year,
                                                                            "    speaker: Veronica"));
                                                    assertThat(d.field())
                                                            .isEqualTo("quotes[0].speeker");
                                                }));
    }

    static Path copyShipped(Path dir) throws IOException {
        Path messages = dir.resolve("messages");
        Files.createDirectories(messages);
        for (String name : new String[] {"organisation.yaml", "2023.yaml"}) {
            Files.copy(Path.of("messages", name), messages.resolve(name));
        }
        return messages;
    }

    static int lineOf(String text, String needle) {
        String before = text.substring(0, text.indexOf(needle));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }

    static void write(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
