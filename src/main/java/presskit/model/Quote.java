package presskit.model;

/** A quote with its speaker and the speaker's role. */
public record Quote(String id, String speaker, String role, String text) {}
