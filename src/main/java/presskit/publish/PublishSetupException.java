package presskit.publish;

/**
 * A problem the user must fix before anything can be published: no build, missing credentials, a
 * ledger in use. The message says what to do; the command line turns it into a usage error.
 */
public final class PublishSetupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PublishSetupException(String message) {
        super(message, null, false, false);
    }
}
