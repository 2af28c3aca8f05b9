package cn.sh.pilot.exchange.inbox;

/**
 * Runs work in one transaction: commits if the work returns, rolls back if it throws anything
 * (checked exceptions included) and rethrows it unchanged. The application implements it with JTA,
 * e.g. a CDI bean with {@code @Transactional(value = REQUIRES_NEW, rollbackOn = Exception.class)}
 * (the default rolls back on unchecked exceptions only), so that a package handler's database
 * writes and {@link PackageLedger#complete} commit together or not at all.
 */
public interface TransactionRunner {

    /** Work to run in a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }

    <T> T inTransaction(Work<T> work) throws Exception;
}
