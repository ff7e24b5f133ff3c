package presskit.cli;

/** Process exit statuses, with fixed numbers that scripts and CI rely on. */
public enum ExitCode {
    OK(0),
    /** Validation findings, or a publish run that left something unposted. */
    FINDINGS(1),
    /** A usage error or input that cannot be loaded. */
    USAGE_OR_INPUT(2),
    /** A network or API failure. */
    NETWORK(3),
    /** A file or folder that cannot be written or read: a full disk, a read-only folder. */
    IO(4),
    /** An error presskit did not expect: a bug (70 is {@code EX_SOFTWARE} of sysexits.h). */
    BUG(70);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
