package cn.sh.pilot.review.interfaces.inbox;

import cn.sh.pilot.contracts.batch.v1.Header;
import cn.sh.pilot.contracts.batch.v1.Item;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.marshal.RecommendationBatchReader;
import cn.sh.pilot.contracts.schema.ContractDocument;
import cn.sh.pilot.exchange.inbox.ApplicationJudge;
import cn.sh.pilot.exchange.inbox.HandlerOutcome;
import cn.sh.pilot.exchange.inbox.PackageHandler;
import cn.sh.pilot.exchange.inbox.ReceivedPackage;
import cn.sh.pilot.exchange.receipt.ItemResult;
import cn.sh.pilot.exchange.receipt.ReceiptReason;
import cn.sh.pilot.review.api.ReviewError;
import cn.sh.pilot.review.domain.batch.BatchChainPolicy;
import cn.sh.pilot.review.domain.batch.BatchHeader;
import cn.sh.pilot.review.domain.batch.ChainCheck;
import cn.sh.pilot.review.domain.batch.ItemAdmissionPolicy;
import cn.sh.pilot.review.domain.item.ImportedItem;
import cn.sh.pilot.review.domain.shared.Refusal;
import cn.sh.pilot.review.domain.shared.Sha256;
import cn.sh.pilot.review.infrastructure.persistence.ImportedBatchEntity;
import cn.sh.pilot.review.infrastructure.persistence.ImportedItemEntity;
import cn.sh.pilot.review.infrastructure.persistence.JpaImportedBatches;
import cn.sh.pilot.review.infrastructure.xml.RecommendationBatchMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Imports recommendation batches (推荐批次) at the municipal inbox: the batch's recommender is the
 * verified sender, the batch continues its recommender's chain, and each item passes
 * {@link ItemAdmissionPolicy} and every {@link ApplicationJudge} (intake's eligibility rules);
 * accepted items become review items. Streams the items, so a 10,000-item batch is read in bounded
 * memory. Runs inside the pipeline's one transaction per package.
 */
@ApplicationScoped
public class RecommendationBatchHandler implements PackageHandler {

    /** Items written per flush. */
    private static final int CHUNK = 500;
    private static final String RULE_PACK = rulePack();

    private final RecommendationBatchMapper mapper = new RecommendationBatchMapper();
    private final BatchChainPolicy chainPolicy = new BatchChainPolicy();

    @Inject
    JpaImportedBatches batches;
    @Inject
    Instance<ApplicationJudge> judges;

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
        try (RecommendationBatchReader reader = RecommendationBatchReader.open(pkg.payload())) {
            Header h = reader.header();
            BatchHeader header = mapper.header(h);
            if (!header.recommender().value().equals(pkg.sender())) {
                return refused(Refusal.of(ReviewError.BATCH_FOREIGN_RECOMMENDER,
                        "batch of " + header.recommender().value() + ", sent by " + pkg.sender()));
            }
            ChainCheck chain = chainPolicy.check(batches.chainOf(header.recommender()), header, new Sha256(pkg.sha256()));
            if (!chain.isNext()) {
                return refused(chain.refusal());
            }
            ItemAdmissionPolicy admission = new ItemAdmissionPolicy(batches::deadlineOf);
            List<ApplicationJudge> applicationJudges = judges.stream().toList();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            List<ItemResult> results = new ArrayList<>();
            List<Judged> pending = new ArrayList<>(CHUNK);
            Set<String> seen = new HashSet<>();
            int accepted = 0;
            int n = 0;
            for (Optional<Item> next = reader.next(); next.isPresent(); next = reader.next()) {
                Item item = next.get();
                n++;
                String where = "/RecommendationBatch/Item[" + n + "]";
                ImportedItem imported = mapper.item(h, item);
                var application = item.getApplication();
                var submitted = application.getSubmitted().toInstant();
                List<ReceiptReason> reasons = new ArrayList<>();
                if (!seen.add(item.getItemId())) {
                    reasons.add(reason(Refusal.of(ReviewError.ITEM_ALREADY_IMPORTED, "item " + item.getItemId()
                            + " appears twice in this batch")).at(where));
                }
                for (Refusal r : admission.check(header.callId(), imported.applicationCallId(), submitted,
                        imported.recommendation().recommended())) {
                    reasons.add(reason(r).at(where));
                }
                for (ApplicationJudge judge : applicationJudges) {
                    judge.judge(header.recommender().value(), application, submitted).forEach(r -> reasons.add(r.at(where)));
                }
                pending.add(new Judged(item.getItemId(), imported, reasons, where));
                if (pending.size() == CHUNK) {
                    accepted += admit(pending, results, now);
                }
            }
            accepted += admit(pending, results, now);
            batches.add(new ImportedBatchEntity(h.getBatchId(), header.recommender().value(), header.sequence(),
                    pkg.sha256(), header.callId().value(), h.getCreated(), header.itemCount(), accepted, now));
            batches.flush();
            return HandlerOutcome.imported(results);
        }
    }

    /** An item judged by the rules that need no database, waiting for the check against earlier imports. */
    private record Judged(String itemId, ImportedItem item, List<ReceiptReason> reasons, String where) {
    }

    /**
     * Refuses the pending items imported before (by an earlier batch: {@code item-already-imported}),
     * writes the accepted ones, records each outcome in order; one query and one flush per chunk.
     */
    private int admit(List<Judged> pending, List<ItemResult> results, OffsetDateTime now) {
        Set<String> before = batches.alreadyImported(pending.stream().filter(j -> j.reasons().isEmpty())
                .map(Judged::itemId).toList());
        int accepted = 0;
        for (Judged j : pending) {
            if (before.contains(j.itemId())) {
                j.reasons().add(reason(Refusal.of(ReviewError.ITEM_ALREADY_IMPORTED, "item " + j.itemId()))
                        .at(j.where()));
            }
            if (j.reasons().isEmpty()) {
                batches.add(new ImportedItemEntity(j.item(), now));
                results.add(ItemResult.accepted(j.itemId()));
                accepted++;
            } else {
                results.add(new ItemResult(j.itemId(), false, j.reasons()));
            }
        }
        pending.clear();
        batches.flush();
        return accepted;
    }

    private static HandlerOutcome refused(Refusal refusal) {
        return HandlerOutcome.refused(List.of(reason(refusal)), List.of());
    }

    private static ReceiptReason reason(Refusal r) {
        return ReceiptReason.of(r.error(), r.detail());
    }

    private static String rulePack() {
        String rules = Stream.of(ReviewError.BATCH_FOREIGN_RECOMMENDER, ReviewError.BATCH_CHAIN_FIRST_NOT_ONE,
                        ReviewError.BATCH_CHAIN_FIRST_HAS_PREVIOUS, ReviewError.BATCH_CHAIN_GAP, ReviewError.BATCH_CHAIN_FORK,
                        ReviewError.BATCH_DUPLICATE, ReviewError.BATCH_ID_REUSED, ReviewError.ITEM_CALL_MISMATCH,
                        ReviewError.ITEM_CALL_UNKNOWN, ReviewError.ITEM_SUBMITTED_AFTER_DEADLINE,
                        ReviewError.ITEM_NOT_RECOMMENDED, ReviewError.ITEM_ALREADY_IMPORTED)
                .map(ReviewError::id).sorted().reduce("review-batch-rules/1", (a, b) -> a + "\n" + b);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(rules.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
