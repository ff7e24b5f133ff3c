package presskit.variant;

/** The three levels a kit is made for. */
public enum VariantKind {
    NATIONAL,
    REGION,
    MUNICIPALITY
}
