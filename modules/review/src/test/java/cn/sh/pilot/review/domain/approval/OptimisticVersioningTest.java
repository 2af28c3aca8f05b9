package cn.sh.pilot.review.domain.approval;

import static cn.sh.pilot.review.fixtures.Reviews.APPROVER;
import static cn.sh.pilot.review.fixtures.Reviews.NOW;
import static cn.sh.pilot.review.fixtures.Reviews.OPERATOR;
import static cn.sh.pilot.review.fixtures.Reviews.SECOND_APPROVER;
import static cn.sh.pilot.review.fixtures.Reviews.setup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import cn.sh.pilot.review.domain.decision.DecisionReason;
import cn.sh.pilot.review.domain.decision.FourEyesPolicy;
import cn.sh.pilot.review.domain.decision.Outcome;
import cn.sh.pilot.review.domain.item.ItemStatus;
import cn.sh.pilot.review.domain.item.ReviewItem;
import cn.sh.pilot.review.domain.shared.Actor;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;
import cn.sh.pilot.review.domain.shared.ReviewRole;
import cn.sh.pilot.review.fixtures.Reviews;
import cn.sh.pilot.review.fixtures.Reviews.CountingSequence;

class OptimisticVersioningTest {

    private static final DecisionReason APPROVE = new DecisionReason("municipal-review-approved", "评审通过", null);

    private final CountingSequence numbers = new CountingSequence(1);
    private final DecisionConfirmation confirmation = new DecisionConfirmation(new FourEyesPolicy(), numbers);

    private static ReviewItem proposed() throws ReviewRefusedException {
        ReviewItem item = Reviews.readyForApproval();
        item.propose(Outcome.APPROVE, APPROVE, setup(), OPERATOR, NOW, item.version());
        return item;
    }

    @Test
    void refuses_the_second_of_two_decisions_built_on_the_same_version_naming_who_decided_first()
            throws ReviewRefusedException {
        ReviewItem item = proposed();
        long bothSaw = item.version();

        confirmation.confirm(List.of(new Confirmation(item, bothSaw)), setup(), APPROVER, NOW);

        assertThatThrownBy(() -> confirmation.confirm(List.of(new Confirmation(item, bothSaw)), setup(), SECOND_APPROVER,
                NOW.plusSeconds(5))).isInstanceOfSatisfying(ReviewRefusedException.class, e -> {
                    assertThat(e.id()).isEqualTo("decision-conflict");
                    assertThat(e.refusals().get(0).zh()).contains("王芳").contains("2023-07-20 10:00").contains("刷新");
                    assertThat(e.refusals().get(0).en()).contains("Reload");
                });
        assertThat(item.decision().orElseThrow().confirmer()).isEqualTo(APPROVER);
        assertThat(numbers.calls()).isEqualTo(1);
    }

    @Test
    void refuses_a_proposal_made_on_a_page_older_than_the_item() throws ReviewRefusedException {
        ReviewItem item = Reviews.readyForApproval();
        long seen = item.version();
        item.confirmType(OPERATOR, NOW);   // someone else works on the item meanwhile
        assertThatThrownBy(() -> item.propose(Outcome.APPROVE, APPROVE, setup(), OPERATOR, NOW, seen))
                .isInstanceOfSatisfying(ReviewRefusedException.class, e -> assertThat(e.id()).isEqualTo("decision-conflict"));
    }

    @Test
    void lets_exactly_one_of_many_simultaneous_confirmations_win() throws Exception {
        ReviewItem item = proposed();
        long allSaw = item.version();
        int approvers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(approvers);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < approvers; i++) {
                Actor approver = Actor.of("ap-" + i, "审批人" + i, ReviewRole.APPROVER);
                outcomes.add(pool.submit(() -> {
                    start.await();
                    // each confirmation runs in its own transaction; the row lock serialises them
                    synchronized (item) {
                        try {
                            confirmation.confirm(List.of(new Confirmation(item, allSaw)), setup(), approver, NOW);
                            return "won";
                        } catch (ReviewRefusedException e) {
                            return e.id();
                        }
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(10, TimeUnit.SECONDS));
            }
            assertThat(results).containsOnlyOnce("won");
            assertThat(results).filteredOn(r -> !r.equals("won")).hasSize(approvers - 1).containsOnly("decision-conflict");
        } finally {
            pool.shutdownNow();
        }
        assertThat(item.status()).isEqualTo(ItemStatus.APPROVED);
        assertThat(numbers.calls()).isEqualTo(1);
    }
}
