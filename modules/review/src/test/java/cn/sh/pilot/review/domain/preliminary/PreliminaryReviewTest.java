package cn.sh.pilot.review.domain.preliminary;

import static cn.sh.pilot.review.fixtures.Reviews.CALL;
import static cn.sh.pilot.review.fixtures.Reviews.XUHUI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.sh.pilot.review.domain.shared.ApplicationId;
import cn.sh.pilot.review.domain.shared.BatchId;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;

class PreliminaryReviewTest {

    private static final Reviewer SUN = new Reviewer("孙立新", "标准化科科长");
    private static final LocalDate MAY_16 = LocalDate.of(2023, 5, 16);

    private PreliminaryReview recommended() throws ReviewRefusedException {
        return PreliminaryReview.record(ApplicationId.newId(), CALL, XUHUI, "经初审，同意推荐。", true, SUN, MAY_16);
    }

    @Test
    void records_an_opinion_that_recommends_and_ranks_the_application() throws ReviewRefusedException {
        PreliminaryReview review = recommended();
        review.rank(1);
        assertThat(review.isRecommended()).isTrue();
        assertThat(review.rank()).hasValue(1);
        assertThat(review.opinion()).isEqualTo("经初审，同意推荐。");
    }

    @Test
    void refuses_a_review_without_an_opinion() {
        assertThatThrownBy(() -> PreliminaryReview.record(ApplicationId.newId(), CALL, XUHUI, "  ", true, SUN, MAY_16))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        e -> assertThat(e.id()).isEqualTo("preliminary-opinion-missing"));
    }

    @Test
    void refuses_to_rank_an_application_it_does_not_recommend() throws ReviewRefusedException {
        PreliminaryReview review = PreliminaryReview.record(ApplicationId.newId(), CALL, XUHUI, "材料不全，暂不推荐。",
                false, SUN, MAY_16);
        assertThatThrownBy(() -> review.rank(1)).isInstanceOfSatisfying(ReviewRefusedException.class,
                e -> assertThat(e.id()).isEqualTo("preliminary-rank-not-recommended"));
    }

    @Test
    void refuses_a_rank_below_one() throws ReviewRefusedException {
        PreliminaryReview review = recommended();
        assertThatThrownBy(() -> review.rank(0)).isInstanceOfSatisfying(ReviewRefusedException.class,
                e -> assertThat(e.id()).isEqualTo("preliminary-rank-invalid"));
    }

    @Test
    void drops_the_rank_when_the_opinion_stops_recommending() throws ReviewRefusedException {
        PreliminaryReview review = recommended();
        review.rank(2);
        review.revise("复核后不予推荐。", false, SUN, MAY_16);
        assertThat(review.rank()).isEmpty();
    }

    @Test
    void refuses_to_change_a_review_once_sent_in_a_batch() throws ReviewRefusedException {
        PreliminaryReview review = recommended();
        review.rank(1);
        review.markSent(BatchId.newId());
        assertThatThrownBy(() -> review.revise("改写", true, SUN, MAY_16)).isInstanceOfSatisfying(
                ReviewRefusedException.class, e -> assertThat(e.id()).isEqualTo("preliminary-already-sent"));
        assertThatThrownBy(() -> review.rank(2)).isInstanceOfSatisfying(
                ReviewRefusedException.class, e -> assertThat(e.id()).isEqualTo("preliminary-already-sent"));
    }
}
