package cn.sh.pilot.exchange.inbox;

/**
 * Another package with the same batch id was imported first (a race between two different
 * packages carrying one batch id): the transaction must roll back; the package is then refused as
 * a conflict.
 */
public class BatchIdTakenException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String holder;

    public BatchIdTakenException(String batchId, String holder) {
        super("batch id " + batchId + " is already held by package " + holder);
        this.holder = holder;
    }

    /** The package that holds the batch id. */
    public String holder() {
        return holder;
    }
}
