package cn.sh.pilot.review.domain.approval;

import static cn.sh.pilot.review.fixtures.Reviews.APPROVER;
import static cn.sh.pilot.review.fixtures.Reviews.NOW;
import static cn.sh.pilot.review.fixtures.Reviews.OPERATOR;
import static cn.sh.pilot.review.fixtures.Reviews.OPERATOR_APPROVER;
import static cn.sh.pilot.review.fixtures.Reviews.setup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.sh.pilot.review.api.ProjectApproved;
import cn.sh.pilot.review.api.ReviewError;
import cn.sh.pilot.review.domain.decision.Decision;
import cn.sh.pilot.review.domain.decision.DecisionReason;
import cn.sh.pilot.review.domain.decision.FourEyesPolicy;
import cn.sh.pilot.review.domain.decision.Outcome;
import cn.sh.pilot.review.domain.item.ItemStatus;
import cn.sh.pilot.review.domain.item.ReviewItem;
import cn.sh.pilot.review.domain.shared.Actor;
import cn.sh.pilot.review.domain.shared.Refusal;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;
import cn.sh.pilot.review.fixtures.Reviews;
import cn.sh.pilot.review.fixtures.Reviews.CountingSequence;

class DecisionConfirmationTest {

    private static final DecisionReason APPROVE = new DecisionReason("municipal-review-approved", "评审通过", null);
    private static final DecisionReason REJECT = new DecisionReason("internal-standardization-only", "以内部标准化为主", null);

    private final CountingSequence numbers = new CountingSequence(7);
    private final DecisionConfirmation confirmation = new DecisionConfirmation(new FourEyesPolicy(), numbers);

    private static ReviewItem proposed(Outcome outcome, Actor proposer) throws ReviewRefusedException {
        ReviewItem item = Reviews.readyForApproval();
        item.propose(outcome, outcome == Outcome.APPROVE ? APPROVE : REJECT, setup(), proposer, NOW, item.version());
        return item;
    }

    private static Confirmation seen(ReviewItem item) {
        return new Confirmation(item, item.version());
    }

    @Test
    void approves_an_item_with_a_project_number_a_two_year_term_and_an_event_for_the_projects_module()
            throws ReviewRefusedException {
        ReviewItem item = proposed(Outcome.APPROVE, OPERATOR);

        ConfirmedDecisions result = confirmation.confirm(List.of(seen(item)), setup(), APPROVER, NOW);

        assertThat(item.status()).isEqualTo(ItemStatus.APPROVED);
        Decision decision = item.decision().orElseThrow();
        assertThat(decision.number()).hasValueSatisfying(n -> assertThat(n.value()).isEqualTo("SHBZSD-2023-0007"));
        assertThat(decision.confirmer()).isEqualTo(APPROVER);
        ProjectApproved event = result.approvals().get(0);
        assertThat(event.projectNumber()).isEqualTo("SHBZSD-2023-0007");
        assertThat(event.itemId()).isEqualTo(item.id().value());
        assertThat(event.applicationId()).isEqualTo(item.applicationId().value());
        assertThat(event.applicantName()).isEqualTo("上海颐和康养服务有限公司");
        assertThat(event.applicantUscc()).isEqualTo("91310112MA7AB1C2DG");
        assertThat(event.guarantorCode()).isEqualTo("310104");
        assertThat(event.projectType()).isEqualTo("KEY");
        assertThat(event.directionGroup()).isEqualTo("PUBLIC_SERVICE");
        assertThat(event.direction()).isEqualTo("ELDERLY_CARE");
        assertThat(event.termStart()).isEqualTo(LocalDate.of(2023, 7, 20));
        assertThat(event.termEnd()).isEqualTo(LocalDate.of(2025, 7, 19));
        assertThat(event.approvedBy()).isEqualTo(APPROVER.userId());
    }

    @Test
    void rejects_an_item_without_using_a_project_number() throws ReviewRefusedException {
        ReviewItem item = proposed(Outcome.REJECT, OPERATOR);
        ConfirmedDecisions result = confirmation.confirm(List.of(seen(item)), setup(), APPROVER, NOW);
        assertThat(item.status()).isEqualTo(ItemStatus.REJECTED);
        assertThat(result.approvals()).isEmpty();
        assertThat(numbers.calls()).isZero();
    }

    @Test
    void confirms_many_items_at_once_with_consecutive_numbers() throws ReviewRefusedException {
        ReviewItem first = proposed(Outcome.APPROVE, OPERATOR);
        ReviewItem rejected = proposed(Outcome.REJECT, OPERATOR);
        ReviewItem second = proposed(Outcome.APPROVE, OPERATOR_APPROVER);

        ConfirmedDecisions result = confirmation.confirm(List.of(seen(first), seen(rejected), seen(second)), setup(),
                APPROVER, NOW);

        assertThat(result.decisions()).hasSize(3);
        assertThat(result.approvals()).extracting(ProjectApproved::projectNumber)
                .containsExactly("SHBZSD-2023-0007", "SHBZSD-2023-0008");
    }

    @Test
    void refuses_the_whole_batch_reporting_every_refused_item_and_changes_nothing() throws ReviewRefusedException {
        ReviewItem fine = proposed(Outcome.APPROVE, OPERATOR);
        ReviewItem own = proposed(Outcome.APPROVE, OPERATOR_APPROVER);
        ReviewItem notProposed = Reviews.readyForApproval();
        long fineVersion = fine.version();

        assertThatThrownBy(() -> confirmation.confirm(List.of(seen(fine), seen(own), seen(notProposed)), setup(),
                OPERATOR_APPROVER, NOW)).isInstanceOfSatisfying(ReviewRefusedException.class, e -> {
                    assertThat(e.refusals()).extracting(Refusal::error)
                            .containsExactly(ReviewError.DECISION_SELF_APPROVAL, ReviewError.DECISION_NO_PROPOSAL);
                    assertThat(e.refusals()).extracting(Refusal::subject)
                            .containsExactly(own.id().toString(), notProposed.id().toString());
                });
        assertThat(fine.status()).isEqualTo(ItemStatus.PROPOSED);
        assertThat(fine.version()).isEqualTo(fineVersion);
        assertThat(numbers.calls()).isZero();
    }

    @Test
    void refuses_confirmation_by_a_user_who_is_not_an_approver() throws ReviewRefusedException {
        ReviewItem item = proposed(Outcome.APPROVE, OPERATOR_APPROVER);
        assertThatThrownBy(() -> confirmation.confirm(List.of(seen(item)), setup(), OPERATOR, NOW))
                .isInstanceOfSatisfying(ReviewRefusedException.class, e -> assertThat(e.id()).isEqualTo("decision-not-approver"));
    }

    @Test
    void refuses_an_empty_confirmation_and_the_same_item_twice() throws ReviewRefusedException {
        assertThatThrownBy(() -> confirmation.confirm(List.of(), setup(), APPROVER, NOW))
                .isInstanceOfSatisfying(ReviewRefusedException.class, e -> assertThat(e.id()).isEqualTo("decision-batch-empty"));
        ReviewItem item = proposed(Outcome.APPROVE, OPERATOR);
        assertThatThrownBy(() -> confirmation.confirm(List.of(seen(item), seen(item)), setup(), APPROVER, NOW))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        e -> assertThat(e.id()).isEqualTo("decision-batch-duplicate-item"));
    }

    @Test
    void changes_nothing_when_the_years_numbers_run_out() throws ReviewRefusedException {
        DecisionConfirmation nearlyFull = new DecisionConfirmation(new FourEyesPolicy(), new CountingSequence(9999));
        ReviewItem last = proposed(Outcome.APPROVE, OPERATOR);
        ReviewItem oneTooMany = proposed(Outcome.APPROVE, OPERATOR);
        assertThatThrownBy(() -> nearlyFull.confirm(List.of(seen(last), seen(oneTooMany)), setup(), APPROVER, NOW))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        e -> assertThat(e.id()).isEqualTo("project-number-exhausted"));
        assertThat(last.status()).isEqualTo(ItemStatus.PROPOSED);
    }

    @Test
    void refuses_any_change_to_a_decided_item() throws ReviewRefusedException {
        ReviewItem item = proposed(Outcome.APPROVE, OPERATOR);
        confirmation.confirm(List.of(seen(item)), setup(), APPROVER, NOW);
        assertThatThrownBy(() -> item.confirmType(OPERATOR, NOW)).isInstanceOfSatisfying(ReviewRefusedException.class,
                e -> assertThat(e.id()).isEqualTo("item-already-decided"));
    }
}
