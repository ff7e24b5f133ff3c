package presskit.variant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import presskit.model.Politician;

/**
 * The order in which a local post names a committee's politicians: the chair first, then the vice
 * chairs in their order, members and substitutes; people with the same role keep the order of the
 * branch file.
 */
class RolesTest {

    /**
     * Each politician is named after their role as written and their place in the input:
     * "ledamot#1".
     */
    private static List<String> ordered(String roles) {
        String[] given = roles.split(";");
        List<Politician> politicians =
                IntStream.range(0, given.length)
                        .mapToObj(
                                i ->
                                        new Politician(
                                                given[i].strip() + "#" + i, given[i], "", Map.of()))
                        .toList();
        return Roles.byRole(politicians).stream().map(Politician::name).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ledamot;ordförande|ordförande#1;ledamot#0",
                "ersättare;ledamot;vice ordförande;ordförande"
                        + "|ordförande#3;vice ordförande#2;ledamot#1;ersättare#0",
                "2:e vice ordförande;1:e vice ordförande;ordförande"
                        + "|ordförande#2;1:e vice ordförande#1;2:e vice ordförande#0",
                "3:e vice ordförande;2:e vice ordförande|2:e vice ordförande#1;3:e vice ordförande#0",
                "ersättare;ledamot|ledamot#1;ersättare#0",
                "Ordförande;ledamot|Ordförande#0;ledamot#1",
                "ledamot;ORDFÖRANDE|ORDFÖRANDE#1;ledamot#0",
                "ledamot; ordförande |ordförande#1;ledamot#0",
                "sekreterare;ersättare;ordförande|ordförande#2;ersättare#1;sekreterare#0",
            })
    void theChairComesFirstThenViceChairsMembersAndSubstitutes(String roles, String expected) {
        assertThat(ordered(roles)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Anna;Bo;Cecilia",
                "Cecilia;Anna;Bo",
            })
    void membersKeepTheOrderOfTheBranchFile(String names) {
        List<Politician> members =
                Arrays.stream(names.split(";"))
                        .map(name -> new Politician(name, "ledamot", "S", Map.of()))
                        .toList();

        assertThat(Roles.byRole(members))
                .extracting(Politician::name)
                .containsExactly(names.split(";"));
    }
}
