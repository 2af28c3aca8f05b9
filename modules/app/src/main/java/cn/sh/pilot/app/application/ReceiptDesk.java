package cn.sh.pilot.app.application;

import cn.sh.pilot.app.config.SiteConfig;
import cn.sh.pilot.contracts.audit.AuditTrail;
import cn.sh.pilot.contracts.common.v1.Reason;
import cn.sh.pilot.contracts.decision.v1.DecisionNotice;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.receipt.v1.ItemResult;
import cn.sh.pilot.contracts.receipt.v1.ItemVerdict;
import cn.sh.pilot.contracts.receipt.v1.Receipt;
import cn.sh.pilot.exchange.receipt.MunicipalAnswer;
import cn.sh.pilot.review.api.ReviewError;
import cn.sh.pilot.review.application.RecordReceipt;
import cn.sh.pilot.review.domain.batch.OutgoingBatch;
import cn.sh.pilot.review.domain.batch.OutgoingBatchRepository;
import cn.sh.pilot.review.domain.decision.DecisionReason;
import cn.sh.pilot.review.domain.decision.NoticedDecision;
import cn.sh.pilot.review.domain.shared.ItemId;
import cn.sh.pilot.review.domain.shared.RecommenderCode;
import cn.sh.pilot.review.domain.shared.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Keeps and applies what the municipal site answered, one file per transaction, once per SHA-256. A verified receipt
 * is stored with its reasons and item results and applied to the batch it names (review's {@link RecordReceipt}:
 * ACCEPTED, or REFUSED — which frees the batch's applications and gives its sequence back). A verified decision
 * notice is stored decision by decision (已立项 with project number and term, or the rejection reason). A file that
 * is not verified, not readable, or addressed to another recommender is stored as REFUSED with its error and never
 * applied.
 */
@ApplicationScoped
@Transactional
public class ReceiptDesk {

    @Inject
    SiteConfig site;
    @Inject
    ReceivedAnswers answers;
    @Inject
    RecordReceipt receipts;
    @Inject
    OutgoingBatchRepository batches;
    @Inject
    Clock clock;
    @Inject
    MunicipalMailbox mailbox;
    @Inject
    AuditTrail audit;

    /** What the audit log keeps of a received file. */
    public record KeptAnswer(String fileName, String kind, String documentId, String verdict, String answersPackage,
            String errorId) {
    }

    public boolean known(String sha256) {
        return answers.contains(sha256);
    }

    /** Stores and applies one file: what it was kept as; empty if it was kept before (nothing changes). */
    public Optional<ReceivedAnswer.Kind> record(MunicipalMailbox.Held held, MunicipalAnswer answer) {
        if (answers.contains(held.sha256())) {
            return Optional.empty();
        }
        ReceivedAnswer kept;
        try {
            kept = apply(held, answer);
        } catch (RefusedException refused) {
            kept = refused(held, refused);
        }
        if (!answers.add(kept)) {
            return Optional.empty();
        }
        audit.record("municipal-answer.kept", "municipal-answer", kept.sha256(), null, new KeptAnswer(kept.fileName(),
                kept.kind().name(), kept.documentId(), kept.verdict(), kept.answersPackage(),
                kept.error() == null ? null : kept.error().id()));
        return Optional.of(kept.kind());
    }

    private ReceivedAnswer apply(MunicipalMailbox.Held held, MunicipalAnswer answer) throws RefusedException {
        if (answer instanceof MunicipalAnswer.ReceiptAnswer r) {
            return receipt(held, r.receipt());
        }
        if (answer instanceof MunicipalAnswer.NoticeAnswer n) {
            return notice(held, n.notice());
        }
        throw answer.refusal().orElseThrow();
    }

    private ReceivedAnswer receipt(MunicipalMailbox.Held held, Receipt receipt) throws RefusedException {
        addressedHere(receipt.getRecipient());
        RecommenderCode here = new RecommenderCode(site.siteCode());
        Sha256 pkg = new Sha256(receipt.getPackageSha256());
        Map<String, String> applicationOfItem = batches.byPackage(here, pkg).map(ReceiptDesk::applicationsByItem)
                .orElse(Map.of());
        List<ReceivedAnswer.Line> lines = new ArrayList<>();
        for (Reason reason : receipt.getReason()) {
            lines.add(new ReceivedAnswer.Line(null, null, "REASON", null, null, null, reason.getCode(), reason.getZh(),
                    reason.getEn()));
        }
        List<ItemId> refusedItems = new ArrayList<>();
        for (ItemResult item : receipt.getItemResult()) {
            String outcome = item.getVerdict() == ItemVerdict.ACCEPTED ? "ACCEPTED" : "REFUSED";
            if (item.getVerdict() != ItemVerdict.ACCEPTED) {
                refusedItems.add(ItemId.of(item.getItemId()));
            }
            String application = applicationOfItem.get(item.getItemId());
            if (item.getReason().isEmpty()) {
                lines.add(new ReceivedAnswer.Line(item.getItemId(), application, outcome, null, null, null, null, null, null));
            }
            for (Reason reason : item.getReason()) {
                lines.add(new ReceivedAnswer.Line(item.getItemId(), application, outcome, null, null, null,
                        reason.getCode(), reason.getZh(), reason.getEn()));
            }
        }
        boolean accepted = switch (receipt.getVerdict()) {
            case ACCEPTED, DUPLICATE -> true;
            case REFUSED, CONFLICT -> false;
        };
        if (!accepted) {
            // a whole refusal concerns every item of the batch: shown on each application
            applicationOfItem.forEach((item, application) -> lines.add(new ReceivedAnswer.Line(item, application,
                    "REFUSED", null, null, null, null, null, null)));
        }
        receipts.record(here, pkg, accepted, refusedItems);
        return new ReceivedAnswer(held.sha256(), held.file().getFileName().toString(), ReceivedAnswer.Kind.RECEIPT,
                clock.instant(), receipt.getReceiptId(), instant(receipt.getIssued()), receipt.getVerdict().name(),
                receipt.getPackageSha256(), receipt.getBatchId(), null, null, lines);
    }

    private ReceivedAnswer notice(MunicipalMailbox.Held held, DecisionNotice notice) throws RefusedException {
        addressedHere(notice.getRecipient());
        List<ReceivedAnswer.Line> lines = new ArrayList<>();
        for (NoticedDecision d : mailbox.decisions(notice)) {
            String item = d.itemId().toString();
            String application = d.applicationId().toString();
            if (d.kind() == NoticedDecision.Kind.APPROVED) {
                lines.add(new ReceivedAnswer.Line(item, application, d.kind().name(), d.projectNumber().value(),
                        d.term().start(), d.term().end(), null, null, null));
            }
            for (DecisionReason r : d.reasons()) {
                lines.add(new ReceivedAnswer.Line(item, application, d.kind().name(), null, null, null, r.code(), r.zh(),
                        r.en()));
            }
        }
        return new ReceivedAnswer(held.sha256(), held.file().getFileName().toString(), ReceivedAnswer.Kind.NOTICE,
                clock.instant(), notice.getNoticeId(), instant(notice.getIssued()), null, null, notice.getBatchId(),
                notice.getDocumentNumber(), null, lines);
    }

    private void addressedHere(String recipient) throws RefusedException {
        if (!site.siteCode().equals(recipient)) {
            throw new RefusedException(ReviewError.ANSWER_WRONG_RECIPIENT, "addressed to " + recipient + ", this site is "
                    + site.siteCode());
        }
    }

    private ReceivedAnswer refused(MunicipalMailbox.Held held, RefusedException e) {
        return new ReceivedAnswer(held.sha256(), held.file().getFileName().toString(), ReceivedAnswer.Kind.REFUSED,
                clock.instant(), null, null, null, null, null, null,
                new ReceivedAnswer.Error(e.id(), e.error().zh(), e.error().en(), e.detail()), List.of());
    }

    /** The newest receipt answering a batch, if one was received. */
    public Optional<ReceivedAnswer> receiptOf(OutgoingBatch batch) {
        return batch.packageDigest().flatMap(d -> answers.receiptFor(d.hex()));
    }

    /** Every verified answer that mentions an application, oldest first. */
    public List<ReceivedAnswer> about(String applicationId) {
        return answers.about(applicationId);
    }

    public List<ReceivedAnswer> latest(int limit) {
        return answers.latest(limit);
    }

    private static Map<String, String> applicationsByItem(OutgoingBatch batch) {
        return batch.batch().items().stream().collect(Collectors.toMap(i -> i.itemId().toString(),
                i -> i.applicationId().toString(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
