package presskit.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import presskit.variant.Variant;
import presskit.variant.VariantKind;

class OutputIdTest {

    private static final Variant NATIONAL = Variant.national();
    private static final Variant OREBRO_LAN =
            new Variant(VariantKind.REGION, "18", "Örebro län", "orebro-lan", "i Örebro län");
    private static final Variant OREBRO =
            new Variant(VariantKind.MUNICIPALITY, "1880", "Örebro", "orebro", "i Örebro");

    @Test
    void aNumberedPostIsWrittenAsItsFolderNetworkAndKindWithNumber() {
        OutputId id = OutputId.post(NATIONAL, "x", "short", "1");

        assertThat(id).hasToString("national/x/short-1");
        assertThat(id.postName()).isEqualTo("short-1");
    }

    @Test
    void aPostOfWhichAnEditionHasOneHasNoName() {
        assertThat(OutputId.post(OREBRO, "mastodon", "local", ""))
                .hasToString("municipalities/1880-orebro/mastodon/local");
        assertThat(OutputId.post(NATIONAL, "bluesky", "post", "").postName()).isEqualTo("post");
    }

    @Test
    void aRegionalFigurePostIsInTheRegionsFolder() {
        OutputId id = OutputId.post(OREBRO_LAN, "x", "figure", "rekrytering");

        assertThat(id).hasToString("regions/18-orebro-lan/x/figure-rekrytering");
    }

    @Test
    void aDocumentIsWrittenAsItsFamilyAndFormat() {
        assertThat(OutputId.document(NATIONAL, "release", "html"))
                .hasToString("national/release-html");
        assertThat(OutputId.document(OREBRO_LAN, "sheet", "md"))
                .hasToString("regions/18-orebro-lan/sheet-md");
    }

    @Test
    void theLevelAndCodeComeFromTheVariantNotFromTheCodesLength() {
        OutputId regional = OutputId.post(OREBRO_LAN, "x", "post", "");
        OutputId municipal = OutputId.post(OREBRO, "x", "local", "");

        assertThat(regional.level()).isEqualTo(VariantKind.REGION);
        assertThat(regional.variantCode()).isEqualTo("18");
        assertThat(municipal.level()).isEqualTo(VariantKind.MUNICIPALITY);
        assertThat(municipal.variantCode()).isEqualTo("1880");
        assertThat(OutputId.document(NATIONAL, "release", "txt").level())
                .isEqualTo(VariantKind.NATIONAL);
    }

    @Test
    void thePdfOfAReleaseIsTheSameDocumentInAnotherFormat() {
        OutputId html = OutputId.document(OREBRO_LAN, "release", "html");

        OutputId pdf = html.inFormat("pdf");

        assertThat(pdf).isEqualTo(OutputId.document(OREBRO_LAN, "release", "pdf"));
        assertThat(pdf).hasToString("regions/18-orebro-lan/release-pdf");
    }

    @Test
    void aPostHasNoFormat() {
        OutputId post = OutputId.post(NATIONAL, "x", "key", "2");

        assertThatThrownBy(() -> post.inFormat("pdf"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("national/x/key-2");
    }

    @Test
    void idsWithTheSamePartsAreEqual() {
        assertThat(OutputId.post(NATIONAL, "x", "key", "1"))
                .isEqualTo(OutputId.post(NATIONAL, "x", "key", "1"))
                .isNotEqualTo(OutputId.post(NATIONAL, "mastodon", "key", "1"))
                .isNotEqualTo(OutputId.post(NATIONAL, "x", "short", "1"));
    }

    @Test
    void aBlankFamilyOrKindIsRefusedByName() {
        assertThatThrownBy(() -> OutputId.post(NATIONAL, " ", "key", "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'family' must not be blank");
        assertThatThrownBy(() -> OutputId.document(NATIONAL, "release", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'kind' must not be blank");
    }
}
