package presskit.cli;

/** Output formats of commands that report. */
enum Format {
    text,
    json
}
