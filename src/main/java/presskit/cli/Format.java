package presskit.cli;

/** How a reporting command prints its result: {@code --format text} or {@code --format json}. */
enum Format {
    TEXT,
    JSON
}
