package presskit.publish;

import java.io.IOException;

/** Where a {@link PublishRun} keeps the ledger after each change: a {@link LedgerFile} if live. */
@FunctionalInterface
public interface LedgerStore {

    /**
     * Keeps the ledger of a dry run in memory only: its run goes through the same steps as a live
     * one, but nothing was posted, so nothing may be recorded as posted.
     */
    LedgerStore DRY_RUN = ledger -> {};

    void save(Ledger ledger) throws IOException;
}
