package cn.sh.pilot.app.inbox.infrastructure;

import cn.sh.pilot.exchange.inbox.TransactionRunner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * One JTA transaction per package: commits when the work returns, rolls back on any exception —
 * checked ones included, which the pipeline uses to roll back a refusing handler's writes.
 */
@ApplicationScoped
public class JtaTransactionRunner implements TransactionRunner {

    @Override
    @Transactional(value = TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public <T> T inTransaction(Work<T> work) throws Exception {
        return work.run();
    }
}
