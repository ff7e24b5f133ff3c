package presskit.channel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A line holding only {@code ---} is a break; a text without one (most posts) is looked at without
 * splitting it, and must come out as splitting it would leave it.
 */
class ExplicitBreaksTest {

    @Test
    void onlyALineOfThreeHyphensIsABreak() {
        assertThat(ExplicitBreaks.present("Ett.\n---\nTvå.")).isTrue();
        assertThat(ExplicitBreaks.present("Ett.\r\n  ---\t\r\nTvå.")).isTrue();
        assertThat(ExplicitBreaks.present("---")).isTrue();
        assertThat(ExplicitBreaks.present("Ett --- två.\n----\n--")).isFalse();
        assertThat(ExplicitBreaks.present("Ett.\nTvå.")).isFalse();
    }

    @Test
    void aTextWithoutBreaksLosesOnlyItsOuterBlanksAndOtherLineEnds() {
        assertThat(ExplicitBreaks.removed(" Ett.\n\nTvå. \n")).isEqualTo("Ett.\n\nTvå.");
        // Every line end of \R becomes '\n', with or without a break in the text.
        assertThat(ExplicitBreaks.removed("Ett.\r\nTvå.\rTre.\u2028Fyra.\u0085Fem."))
                .isEqualTo("Ett.\nTvå.\nTre.\nFyra.\nFem.");
        assertThat(ExplicitBreaks.removed("Ett.\r\n---\r\nTvå.\u2029")).isEqualTo("Ett.\nTvå.");
        assertThat(ExplicitBreaks.removed("Ett --- två.")).isEqualTo("Ett --- två.");
    }
}
