package cn.sh.pilot.review.domain.batch;

import static cn.sh.pilot.review.fixtures.Reviews.CALL;
import static cn.sh.pilot.review.fixtures.Reviews.MINHANG;
import static cn.sh.pilot.review.fixtures.Reviews.NOW;
import static cn.sh.pilot.review.fixtures.Reviews.XUHUI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.sh.pilot.review.api.ReviewError;
import cn.sh.pilot.review.domain.preliminary.PreliminaryReview;
import cn.sh.pilot.review.domain.preliminary.Reviewer;
import cn.sh.pilot.review.domain.shared.ApplicationId;
import cn.sh.pilot.review.domain.shared.BatchId;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.RecommenderCode;
import cn.sh.pilot.review.domain.shared.Refusal;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;
import cn.sh.pilot.review.domain.shared.Sha256;
import cn.sh.pilot.review.fixtures.Reviews;

class BatchAssemblyTest {

    private final BatchAssembly assembly = new BatchAssembly(Reviews.clockAt(NOW));

    private static PreliminaryReview review(RecommenderCode by, CallId call, boolean recommend, Integer rank)
            throws ReviewRefusedException {
        PreliminaryReview review = PreliminaryReview.record(ApplicationId.newId(), call, by,
                recommend ? "同意推荐。" : "不予推荐。", recommend, new Reviewer("孙立新", null), LocalDate.of(2023, 5, 16));
        if (rank != null) {
            review.rank(rank);
        }
        return review;
    }

    private static PreliminaryReview ranked(int rank) throws ReviewRefusedException {
        return review(XUHUI, CALL, true, rank);
    }

    private List<ReviewError> refusalsOf(List<PreliminaryReview> reviews) {
        try {
            assembly.assemble(XUHUI, CALL, reviews, Optional.empty());
        } catch (ReviewRefusedException e) {
            return e.refusals().stream().map(Refusal::error).toList();
        }
        throw new AssertionError("the batch was built");
    }

    @Test
    void builds_the_first_batch_of_every_recommended_application_in_priority_order() throws ReviewRefusedException {
        PreliminaryReview second = ranked(2);
        PreliminaryReview first = ranked(1);
        PreliminaryReview notRecommended = review(XUHUI, CALL, false, null);

        Batch batch = assembly.assemble(XUHUI, CALL, List.of(second, notRecommended, first), Optional.empty());

        assertThat(batch.items()).extracting(BatchItem::applicationId)
                .containsExactly(first.applicationId(), second.applicationId());
        assertThat(batch.items()).extracting(BatchItem::rank).containsExactly(1, 2);
        assertThat(batch.header().sequence()).isEqualTo(1);
        assertThat(batch.header().previous()).isEmpty();
        assertThat(batch.header().recommender()).isEqualTo(XUHUI);
        assertThat(batch.header().callId()).isEqualTo(CALL);
        assertThat(batch.header().created()).isEqualTo(NOW);
        assertThat(batch.header().itemCount()).isEqualTo(2);
        assertThat(batch.items().get(0).itemId()).isNotEqualTo(batch.items().get(1).itemId());
    }

    @Test
    void chains_the_next_batch_to_the_last_one_sent() throws ReviewRefusedException {
        Sha256 lastPackage = Sha256.of("batch 3 package");
        Batch batch = assembly.assemble(XUHUI, CALL, List.of(ranked(1)),
                Optional.of(new ChainLink(3, BatchId.newId(), lastPackage)));
        assertThat(batch.header().sequence()).isEqualTo(4);
        assertThat(batch.header().previous()).contains(lastPackage);
    }

    @Test
    void leaves_out_applications_already_sent_in_an_earlier_batch() throws ReviewRefusedException {
        PreliminaryReview sent = ranked(1);
        sent.markSent(BatchId.newId());
        PreliminaryReview fresh = ranked(1);
        Batch batch = assembly.assemble(XUHUI, CALL, List.of(sent, fresh), Optional.empty());
        assertThat(batch.items()).extracting(BatchItem::applicationId).containsExactly(fresh.applicationId());
    }

    @Test
    void refuses_an_empty_batch() throws ReviewRefusedException {
        assertThat(refusalsOf(List.of(review(XUHUI, CALL, false, null)))).containsExactly(ReviewError.BATCH_EMPTY);
    }

    @Test
    void refuses_a_recommended_application_without_a_rank() throws ReviewRefusedException {
        assertThat(refusalsOf(List.of(ranked(1), review(XUHUI, CALL, true, null))))
                .containsExactly(ReviewError.BATCH_ITEM_UNRANKED);
    }

    @Test
    void refuses_two_applications_with_the_same_rank() throws ReviewRefusedException {
        assertThat(refusalsOf(List.of(ranked(1), ranked(1)))).containsExactly(ReviewError.BATCH_RANK_DUPLICATE);
    }

    @Test
    void refuses_ranks_that_skip_a_number() throws ReviewRefusedException {
        assertThat(refusalsOf(List.of(ranked(1), ranked(3)))).containsExactly(ReviewError.BATCH_RANK_GAP);
    }

    @Test
    void refuses_an_application_of_another_call() throws ReviewRefusedException {
        assertThat(refusalsOf(List.of(ranked(1), review(XUHUI, new CallId("2024-12"), true, 2))))
                .containsExactly(ReviewError.BATCH_ITEM_OTHER_CALL);
    }

    @Test
    void refuses_a_recommender_submitting_for_another_recommender() throws ReviewRefusedException {
        assertThat(refusalsOf(List.of(ranked(1), review(MINHANG, CALL, true, 2))))
                .containsExactly(ReviewError.BATCH_FOREIGN_RECOMMENDER);
    }

    @Test
    void reports_every_problem_at_once_naming_the_application() throws ReviewRefusedException {
        PreliminaryReview foreign = review(MINHANG, CALL, true, 1);
        assertThatThrownBy(() -> assembly.assemble(XUHUI, CALL, List.of(foreign, ranked(1), ranked(5)), Optional.empty()))
                .isInstanceOfSatisfying(ReviewRefusedException.class, e -> {
                    assertThat(e.refusals()).extracting(Refusal::error).containsExactly(
                            ReviewError.BATCH_FOREIGN_RECOMMENDER, ReviewError.BATCH_RANK_DUPLICATE);
                    assertThat(e.refusals().get(0).subject()).isEqualTo(foreign.applicationId().toString());
                    assertThat(e.refusals().get(0).zh()).contains("推荐单位只能报送本单位");
                });
    }
}
