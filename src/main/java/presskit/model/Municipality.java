package presskit.model;

/** A Swedish municipality (kommun) with its four-digit SCB code and the region it lies in. */
public record Municipality(String code, String name, String regionCode) {}
