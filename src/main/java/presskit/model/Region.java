package presskit.model;

/** A Swedish region (län) with its two-digit SCB code. */
public record Region(String code, String name) {}
