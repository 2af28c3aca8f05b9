package cn.sh.pilot.exchange.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import cn.sh.pilot.contracts.batch.v1.Item;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.marshal.RecommendationBatchReader;
import cn.sh.pilot.contracts.schema.ContractDocument;
import cn.sh.pilot.exchange.receipt.ItemResult;
import cn.sh.pilot.exchange.receipt.ReceiptReason;

/**
 * A recommendation-batch handler for tests: reads the batch item by item and "imports" each item
 * into a list that only commits with the transaction. It can refuse an item by its priority rank,
 * refuse the whole batch, or fail after some items (a crash in the middle of the database work).
 */
final class RecordingHandler implements PackageHandler {

    static final String RULE_PACK = Sha256.of("recording-handler-rules/1");

    private final TestTransactions transactions;
    /** Items committed, as {@code <batchId>/<itemId>}. */
    final List<String> imported = new CopyOnWriteArrayList<>();
    final AtomicInteger calls = new AtomicInteger();
    volatile int refuseRank = -1;
    volatile boolean refuseWhole;
    volatile int failAfterItems = -1;

    RecordingHandler(TestTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public ContractDocument document() {
        return ContractDocument.RECOMMENDATION_BATCH;
    }

    @Override
    public String rulePackSha256() {
        return RULE_PACK;
    }

    @Override
    public Optional<String> batchId(ReceivedPackage pkg) throws RefusedException {
        try (RecommendationBatchReader reader = RecommendationBatchReader.open(pkg.payload())) {
            return Optional.of(reader.header().getBatchId());
        }
    }

    @Override
    public HandlerOutcome handle(ReceivedPackage pkg) throws RefusedException {
        calls.incrementAndGet();
        List<String> pending = new ArrayList<>();
        List<ItemResult> results = new ArrayList<>();
        try (RecommendationBatchReader reader = RecommendationBatchReader.open(pkg.payload())) {
            String batchId = reader.header().getBatchId();
            for (Optional<Item> next = reader.next(); next.isPresent(); next = reader.next()) {
                Item item = next.get();
                if (failAfterItems >= 0 && pending.size() == failAfterItems) {
                    failAfterItems = -1;
                    throw new SimulatedCrash("handler, after " + pending.size() + " items");
                }
                if (item.getPriorityRank() == refuseRank) {
                    results.add(ItemResult.refused(item.getItemId(), new ReceiptReason("application-after-deadline",
                            "申请提交时间晚于截止日期。", "The application was submitted after the deadline.",
                            "/RecommendationBatch/Item/Application/Submitted")));
                } else {
                    pending.add(batchId + "/" + item.getItemId());
                    results.add(ItemResult.accepted(item.getItemId()));
                }
            }
        }
        if (refuseWhole) {
            pending.clear();
            return HandlerOutcome.refused(List.of(new ReceiptReason("batch-sequence-gap", "批次序号不连续。",
                    "The batch sequence has a gap.", "/RecommendationBatch/Header/Sequence")), results);
        }
        transactions.atCommit(() -> imported.addAll(pending));
        return HandlerOutcome.imported(results);
    }
}
