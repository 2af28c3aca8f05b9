package cn.sh.pilot.review.infrastructure.xml;

import static cn.sh.pilot.review.fixtures.Reviews.APPROVER;
import static cn.sh.pilot.review.fixtures.Reviews.CALL;
import static cn.sh.pilot.review.fixtures.Reviews.MINHANG;
import static cn.sh.pilot.review.fixtures.Reviews.NOW;
import static cn.sh.pilot.review.fixtures.Reviews.OPERATOR;
import static cn.sh.pilot.review.fixtures.Reviews.XUHUI;
import static cn.sh.pilot.review.fixtures.Reviews.checklist;
import static cn.sh.pilot.review.fixtures.Reviews.setup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.sh.pilot.contracts.decision.v1.DecisionNotice;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.marshal.DecisionNoticeMarshaller;
import cn.sh.pilot.review.api.ReviewError;
import cn.sh.pilot.review.domain.approval.Confirmation;
import cn.sh.pilot.review.domain.approval.DecisionConfirmation;
import cn.sh.pilot.review.domain.decision.DecisionReason;
import cn.sh.pilot.review.domain.decision.FourEyesPolicy;
import cn.sh.pilot.review.domain.decision.NoticedDecision;
import cn.sh.pilot.review.domain.decision.NoticedDecision.Kind;
import cn.sh.pilot.review.domain.decision.Outcome;
import cn.sh.pilot.review.domain.decision.ProjectTerm;
import cn.sh.pilot.review.domain.item.ImportedItem;
import cn.sh.pilot.review.domain.item.ReviewItem;
import cn.sh.pilot.review.domain.shared.Refusal;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;
import cn.sh.pilot.review.fixtures.Reviews;
import cn.sh.pilot.review.fixtures.Reviews.CountingSequence;
import cn.sh.pilot.review.infrastructure.xml.DecisionNoticeMapper.NoticeHeader;

class DecisionNoticeMapperTest {

    private final DecisionNoticeMarshaller marshaller = new DecisionNoticeMarshaller();
    private final DecisionNoticeMapper mapper = new DecisionNoticeMapper();
    private final DecisionConfirmation confirmation = new DecisionConfirmation(new FourEyesPolicy(), new CountingSequence(7));

    private static final NoticeHeader TO_XUHUI = new NoticeHeader(UUID.randomUUID(), "沪市监标技〔2023〕256号", CALL, XUHUI, NOW);

    private ReviewItem decided(Outcome outcome, DecisionReason reason) throws ReviewRefusedException {
        ReviewItem item = Reviews.readyForApproval();
        item.propose(outcome, reason, setup(), OPERATOR, NOW, item.version());
        confirmation.confirm(List.of(new Confirmation(item, item.version())), setup(), APPROVER, NOW);
        return item;
    }

    private static ReviewItem sentBack() throws ReviewRefusedException {
        ReviewItem item = Reviews.imported(Reviews.keyItem());
        item.recordCheck(checklist(), "stamped-form", false, "扫描件为空文件，请重新扫描", OPERATOR, NOW);
        item.requestCorrection(checklist(), LocalDate.of(2023, 8, 3), OPERATOR, NOW);
        return item;
    }

    @Test
    void writes_approvals_rejections_and_correction_requests_that_validate_and_read_back() throws RefusedException {
        ReviewItem approved = decided(Outcome.APPROVE, new DecisionReason("municipal-review-approved", "评审通过", null));
        ReviewItem rejected = decided(Outcome.REJECT, new DecisionReason("internal-standardization-only",
                "项目内容以组织内部标准化建设为主，按通知第二部分第（四）项一般不予立项。",
                "Mainly the organisation's internal standardization (notice §2(4))."));
        ReviewItem correction = sentBack();

        byte[] xml = marshaller.write(mapper.toContract(TO_XUHUI, List.of(approved, rejected, correction)));
        DecisionNotice back = marshaller.read(xml);
        List<NoticedDecision> decisions = mapper.fromContract(back);

        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<cm:Code>310000</cm:Code>");
        assertThat(back.getRecipient()).isEqualTo("310104");
        assertThat(back.getDocumentNumber()).isEqualTo("沪市监标技〔2023〕256号");
        assertThat(back.getIssued().getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
        assertThat(decisions).extracting(NoticedDecision::kind)
                .containsExactly(Kind.APPROVED, Kind.REJECTED, Kind.CORRECTION_REQUESTED);
        assertThat(decisions.get(0).itemId()).isEqualTo(approved.id());
        assertThat(decisions.get(0).projectNumber().value()).isEqualTo("SHBZSD-2023-0007");
        assertThat(decisions.get(0).term()).isEqualTo(new ProjectTerm(LocalDate.of(2023, 7, 20), LocalDate.of(2025, 7, 19)));
        assertThat(back.getDecision().get(0).getApproved().getGuarantor()).isEqualTo("310104");
        assertThat(back.getDecision().get(0).getApproved().getProjectName()).isEqualTo(approved.projectName());
        assertThat(decisions.get(1).reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("internal-standardization-only");
            assertThat(r.en()).startsWith("Mainly");
        });
        assertThat(decisions.get(2).reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("stamped-form");
            assertThat(r.zh()).contains("扫描件为空文件");
        });
        assertThat(back.getDecision().get(2).getCorrectionRequest().getRespondBy()).isEqualTo(LocalDate.of(2023, 8, 3));
    }

    @Test
    void refuses_items_of_another_recommender_and_items_still_under_review() throws ReviewRefusedException {
        ImportedItem k = Reviews.keyItem();
        ReviewItem minhang = Reviews.imported(new ImportedItem(k.itemId(), k.batchId(), k.batchCallId(), MINHANG, 1,
                k.applicationId(), k.applicationCallId(), k.applicant(), k.projectName(), k.pilotKind(), k.declaredType(),
                k.directionGroup(), k.direction(), k.recommendation()));
        ReviewItem open = Reviews.imported(Reviews.keyItem());
        assertThatThrownBy(() -> mapper.toContract(TO_XUHUI, List.of(minhang, open)))
                .isInstanceOfSatisfying(ReviewRefusedException.class, e -> assertThat(e.refusals())
                        .extracting(Refusal::error).containsExactly(ReviewError.NOTICE_WRONG_RECIPIENT,
                                ReviewError.NOTICE_ITEM_UNDECIDED, ReviewError.NOTICE_ITEM_UNDECIDED));
    }

    @Test
    void reads_the_sample_notice_as_a_recommender_site_would() throws RefusedException {
        DecisionNotice sample = marshaller.read(Samples.good("decision-notice", "approved-and-rejected.xml"));
        List<NoticedDecision> decisions = mapper.fromContract(sample);
        assertThat(decisions.get(0).projectNumber().value()).isEqualTo("SHBZSD-2023-0007");
        assertThat(decisions.get(0).term()).isEqualTo(ProjectTerm.from(LocalDate.of(2023, 7, 20), 24));
        assertThat(decisions.get(1).kind()).isEqualTo(Kind.REJECTED);
    }
}
