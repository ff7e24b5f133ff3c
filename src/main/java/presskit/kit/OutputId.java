package presskit.kit;

import java.util.Objects;
import presskit.variant.Variant;
import presskit.variant.VariantKind;

/**
 * Names one output of the kit by its parts: whom it is for, which network or document family, what
 * kind of output and, where there are several of a kind, which one. Its string form is the id in
 * {@code manifest.json}: {@code national/x/short-1}, {@code national/release-html}, {@code
 * regions/18-orebro-lan/x/figure-chefer}.
 *
 * @param variant whom the output is for, with its level and code
 * @param form whether the output is posted on a network or is a document of the edition
 * @param family the network id ({@code x}) or the document family ({@code release}, {@code sheet})
 * @param kind the post kind ({@code short}, {@code key}, {@code figure}, {@code post}, {@code
 *     local}) or the document's format ({@code html}, {@code pdf}, {@code ics})
 * @param name which one of its kind (a message number, a figure id); empty when there is one
 */
public record OutputId(Variant variant, Form form, String family, String kind, String name) {

    /** Whether an output is posted on a network or stands as a document. */
    public enum Form {
        POST,
        DOCUMENT
    }

    public OutputId {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(form, "form");
        requireText(family, "family");
        requireText(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /** A post of {@code network}: {@code <folder>/<network>/<kind>[-<name>]}. */
    public static OutputId post(Variant variant, String network, String kind, String name) {
        return new OutputId(variant, Form.POST, network, kind, name);
    }

    /** A document of {@code family} in {@code format}: {@code <folder>/<family>-<format>}. */
    public static OutputId document(Variant variant, String family, String format) {
        return new OutputId(variant, Form.DOCUMENT, family, format, "");
    }

    /** The same output in another document format: the PDF of an HTML release. */
    public OutputId inFormat(String format) {
        if (form != Form.DOCUMENT) {
            throw new IllegalStateException("'" + this + "' is a post, which has no format");
        }
        return document(variant, family, format);
    }

    /** The level of the variant: national, regional or municipal. */
    public VariantKind level() {
        return variant.kind();
    }

    /** The variant's code: {@code national}, a region code or a municipality code. */
    public String variantCode() {
        return variant.code();
    }

    /** A post's last id segment as the publishing plan names it ({@code key-1}, {@code post}). */
    public String postName() {
        return name.isEmpty() ? kind : kind + "-" + name;
    }

    @Override
    public String toString() {
        String folder = variant.folder();
        return form == Form.POST
                ? folder + "/" + family + "/" + postName()
                : folder + "/" + family + "-" + kind;
    }

    private static void requireText(String value, String parameter) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + parameter + "' must not be blank");
        }
    }
}
