package presskit.variant;

/**
 * Whom an edition of the kit is for: the whole country, one region (län) or one municipality.
 *
 * @param kind the level
 * @param code {@code national}, a two-digit region code or a four-digit municipality code
 * @param name the name used in texts ("Sverige", "Dalarnas län", "Falun")
 * @param slug ASCII name used in folder names ("falun")
 * @param where how texts say where a regional figure applies ("i Dalarnas län"); "i hela landet"
 *     nationally
 * @param fullName how texts name it in full: a municipality by the name it uses for itself ("Falu
 *     kommun", "Region Gotland", "Stockholms stad"), a region or the country by its name
 */
public record Variant(
        VariantKind kind, String code, String name, String slug, String where, String fullName) {

    public static final String NATIONAL_CODE = "national";
    public static final String NATIONWIDE = "i hela landet";

    /** A variant whose full name is its name: the country or a region. */
    public Variant(VariantKind kind, String code, String name, String slug, String where) {
        this(kind, code, name, slug, where, name);
    }

    public static Variant national() {
        return new Variant(VariantKind.NATIONAL, NATIONAL_CODE, "Sverige", "national", NATIONWIDE);
    }

    /** The folder of this variant's outputs below {@code out/<year>/}. */
    public String folder() {
        return switch (kind) {
            case NATIONAL -> "national";
            case REGION -> "regions/" + code + "-" + slug;
            case MUNICIPALITY -> "municipalities/" + code + "-" + slug;
        };
    }
}
