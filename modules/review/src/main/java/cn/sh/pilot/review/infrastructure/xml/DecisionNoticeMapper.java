package cn.sh.pilot.review.infrastructure.xml;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.sh.pilot.contracts.common.v1.Party;
import cn.sh.pilot.contracts.common.v1.ProjectType;
import cn.sh.pilot.contracts.common.v1.Reason;
import cn.sh.pilot.contracts.decision.v1.Approved;
import cn.sh.pilot.contracts.decision.v1.CorrectionRequest;
import cn.sh.pilot.contracts.decision.v1.Decision;
import cn.sh.pilot.contracts.decision.v1.DecisionNotice;
import cn.sh.pilot.contracts.decision.v1.Rejected;
import cn.sh.pilot.review.api.ReviewError;
import cn.sh.pilot.review.domain.decision.DecisionReason;
import cn.sh.pilot.review.domain.decision.NoticedDecision;
import cn.sh.pilot.review.domain.decision.ProjectNumber;
import cn.sh.pilot.review.domain.decision.ProjectTerm;
import cn.sh.pilot.review.domain.item.CorrectionReason;
import cn.sh.pilot.review.domain.item.ReviewItem;
import cn.sh.pilot.review.domain.shared.ApplicationId;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.ItemId;
import cn.sh.pilot.review.domain.shared.RecommenderCode;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;
import cn.sh.pilot.review.domain.shared.ShanghaiTime;
import cn.sh.pilot.review.domain.shared.Verdict;

/**
 * Decisions ⇄ decision notice (立项通知). The municipal side writes one notice per recommender with
 * the decided items (approved: number, name, type, term, guarantor; rejected: reason) and the items
 * sent back for correction; the recommender site reads it back as {@link NoticedDecision}s.
 */
public final class DecisionNoticeMapper {

    static final String MUNICIPAL_CODE = "310000";
    static final String MUNICIPAL_NAME = "上海市市场监督管理局";

    /** The notice's own data; {@code documentNumber} (发文字号) may be null. */
    public record NoticeHeader(UUID noticeId, String documentNumber, CallId callId, RecommenderCode recipient,
            Instant issued) {

        public NoticeHeader {
            Objects.requireNonNull(noticeId, "noticeId");
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(issued, "issued");
        }
    }

    /** Refuses items of another recommender and items neither decided nor sent back, naming each. */
    public DecisionNotice toContract(NoticeHeader header, List<ReviewItem> items) throws ReviewRefusedException {
        Verdict verdict = Verdict.allow();
        for (ReviewItem item : items) {
            if (!item.recommender().equals(header.recipient())) {
                verdict = verdict.and(Verdict.refuse(ReviewError.NOTICE_WRONG_RECIPIENT,
                        item.recommender() + " ≠ " + header.recipient()).about(item.id().toString()));
            }
            if (item.decision().isEmpty() && item.correction().isEmpty()) {
                verdict = verdict.and(Verdict.refuse(ReviewError.NOTICE_ITEM_UNDECIDED, item.status().name())
                        .about(item.id().toString()));
            }
        }
        verdict.orThrow();

        DecisionNotice notice = new DecisionNotice();
        Party sender = new Party();
        sender.setCode(MUNICIPAL_CODE);
        sender.setName(MUNICIPAL_NAME);
        notice.setSender(sender);
        notice.setNoticeId(header.noticeId().toString());
        notice.setDocumentNumber(header.documentNumber());
        notice.setCallId(header.callId().value());
        notice.setRecipient(header.recipient().value());
        Set<String> batches = items.stream().map(item -> item.batchId().toString()).collect(Collectors.toSet());
        notice.setBatchId(batches.size() == 1 ? batches.iterator().next() : null);
        notice.setIssued(ShanghaiTime.offsetOf(header.issued()));
        for (ReviewItem item : items) {
            notice.getDecision().add(decision(item));
        }
        return notice;
    }

    private static Decision decision(ReviewItem item) {
        Decision d = new Decision();
        d.setItemId(item.id().toString());
        d.setApplicationId(item.applicationId().toString());
        if (item.decision().isPresent()) {
            cn.sh.pilot.review.domain.decision.Decision decision = item.decision().get();
            if (decision.number().isPresent()) {
                Approved approved = new Approved();
                approved.setProjectNumber(decision.number().get().value());
                approved.setProjectName(item.projectName());
                approved.setProjectType(ProjectType.fromValue(item.type().name()));
                approved.setTermStart(decision.projectTerm().orElseThrow().start());
                approved.setTermEnd(decision.projectTerm().orElseThrow().end());
                approved.setGuarantor(item.recommender().value());
                d.setApproved(approved);
            } else {
                Rejected rejected = new Rejected();
                DecisionReason reason = decision.proposal().reason();
                rejected.setReason(reason(reason.code(), reason.zh(), reason.en()));
                d.setRejected(rejected);
            }
        } else {
            cn.sh.pilot.review.domain.item.CorrectionRequest correction = item.correction().orElseThrow();
            CorrectionRequest request = new CorrectionRequest();
            for (CorrectionReason reason : correction.reasons()) {
                request.getReason().add(reason(reason.code(), reason.zh(), reason.en()));
            }
            request.setRespondBy(correction.respondBy());
            d.setCorrectionRequest(request);
        }
        return d;
    }

    private static Reason reason(String code, String zh, String en) {
        Reason reason = new Reason();
        reason.setCode(code);
        reason.setZh(zh);
        reason.setEn(en);
        return reason;
    }

    /** What a recommender site learns from a notice, decision by decision. */
    public List<NoticedDecision> fromContract(DecisionNotice notice) {
        List<NoticedDecision> decisions = new ArrayList<>();
        for (Decision d : notice.getDecision()) {
            ItemId itemId = ItemId.of(d.getItemId());
            ApplicationId applicationId = ApplicationId.of(d.getApplicationId());
            if (d.getApproved() != null) {
                Approved approved = d.getApproved();
                decisions.add(new NoticedDecision(itemId, applicationId, NoticedDecision.Kind.APPROVED,
                        new ProjectNumber(approved.getProjectNumber()),
                        new ProjectTerm(approved.getTermStart(), approved.getTermEnd()), List.of()));
            } else if (d.getRejected() != null) {
                decisions.add(new NoticedDecision(itemId, applicationId, NoticedDecision.Kind.REJECTED, null, null,
                        List.of(reason(d.getRejected().getReason()))));
            } else {
                decisions.add(new NoticedDecision(itemId, applicationId, NoticedDecision.Kind.CORRECTION_REQUESTED,
                        null, null, d.getCorrectionRequest().getReason().stream().map(DecisionNoticeMapper::reason).toList()));
            }
        }
        return decisions;
    }

    private static DecisionReason reason(Reason reason) {
        return new DecisionReason(reason.getCode(), reason.getZh(), reason.getEn());
    }
}
