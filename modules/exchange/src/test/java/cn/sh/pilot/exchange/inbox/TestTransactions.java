package cn.sh.pilot.exchange.inbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A transaction runner for plain tests: participants (the in-memory ledger, the recording
 * handler) register what to do on commit and how to undo on rollback, so a failure inside the
 * transaction leaves nothing behind, as JTA would.
 */
final class TestTransactions implements TransactionRunner {

    private final ThreadLocal<Deque<Runnable>> undo = new ThreadLocal<>();
    private final ThreadLocal<List<Runnable>> onCommit = new ThreadLocal<>();
    final AtomicInteger commits = new AtomicInteger();
    final AtomicInteger rollbacks = new AtomicInteger();

    @Override
    public <T> T inTransaction(Work<T> work) throws Exception {
        if (undo.get() != null) {
            throw new IllegalStateException("no nested transactions in the pipeline");
        }
        undo.set(new ArrayDeque<>());
        onCommit.set(new ArrayList<>());
        try {
            T result = work.run();
            onCommit.get().forEach(Runnable::run);
            commits.incrementAndGet();
            return result;
        } catch (Exception | Error e) {
            undo.get().forEach(Runnable::run);
            rollbacks.incrementAndGet();
            throw e;
        } finally {
            undo.remove();
            onCommit.remove();
        }
    }

    /** Runs {@code action} at commit, or at once outside a transaction. */
    void atCommit(Runnable action) {
        List<Runnable> list = onCommit.get();
        if (list == null) {
            action.run();
        } else {
            list.add(action);
        }
    }

    /** Registers how to undo a change already made, should the transaction roll back. */
    void atRollback(Runnable action) {
        Deque<Runnable> deque = undo.get();
        if (deque != null) {
            deque.push(action);
        }
    }
}
