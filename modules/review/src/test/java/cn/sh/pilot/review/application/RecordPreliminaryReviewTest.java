package cn.sh.pilot.review.application;

import static cn.sh.pilot.review.fixtures.Reviews.CALL;
import static cn.sh.pilot.review.fixtures.Reviews.XUHUI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.sh.pilot.review.domain.preliminary.PreliminaryReview;
import cn.sh.pilot.review.domain.shared.Actor;
import cn.sh.pilot.review.domain.shared.ApplicationId;
import cn.sh.pilot.review.domain.shared.BatchId;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;
import cn.sh.pilot.review.fixtures.Reviews;

class RecordPreliminaryReviewTest {

    private static final Actor CLERK = Actor.of("xh-clerk", "徐汇区初审员");

    private final RecommenderSite site = new RecommenderSite();
    private final RecordPreliminaryReview record = new RecordPreliminaryReview(site.reviews, site.audit,
            Reviews.clockAt(Reviews.shanghai(2023, 5, 16, 9, 30)));
    private final ApplicationId application = ApplicationId.newId();

    @Test
    void records_a_recommendation_with_its_rank_by_the_signed_in_operator_today_and_audits_it() throws ReviewRefusedException {
        PreliminaryReview review = record.record(CLERK, XUHUI, application, CALL, " 同意推荐。 ", true, 1);

        assertThat(review.opinion()).isEqualTo("同意推荐。");
        assertThat(review.rank()).hasValue(1);
        assertThat(review.reviewer().name()).isEqualTo("徐汇区初审员");
        assertThat(review.date()).isEqualTo(LocalDate.of(2023, 5, 16));
        assertThat(site.reviews.find(application)).containsSame(review);
        assertThat(site.audit.actions()).containsExactly("preliminary-review.recorded");
    }

    @Test
    void revising_to_not_recommended_drops_the_rank() throws ReviewRefusedException {
        record.record(CLERK, XUHUI, application, CALL, "同意推荐。", true, 2);

        PreliminaryReview review = record.record(CLERK, XUHUI, application, CALL, "材料不全，不予推荐。", false, 2);

        assertThat(review.isRecommended()).isFalse();
        assertThat(review.rank()).isEmpty();
        assertThat(site.audit.actions()).containsExactly("preliminary-review.recorded", "preliminary-review.revised");
    }

    @Test
    void refuses_a_review_without_an_opinion_and_keeps_nothing() {
        assertThatThrownBy(() -> record.record(CLERK, XUHUI, application, CALL, "  ", true, 1))
                .isInstanceOf(ReviewRefusedException.class).hasMessageStartingWith("preliminary-opinion-missing");
        assertThat(site.reviews.find(application)).isEmpty();
        assertThat(site.audit.entries).isEmpty();
    }

    @Test
    void refuses_a_rank_below_one() {
        assertThatThrownBy(() -> record.record(CLERK, XUHUI, application, CALL, "同意推荐。", true, 0))
                .isInstanceOf(ReviewRefusedException.class).hasMessageStartingWith("preliminary-rank-invalid");
    }

    @Test
    void refuses_to_change_a_review_sent_in_a_batch() throws ReviewRefusedException {
        record.record(CLERK, XUHUI, application, CALL, "同意推荐。", true, 1).markSent(BatchId.newId());

        assertThatThrownBy(() -> record.record(CLERK, XUHUI, application, CALL, "改为不推荐。", false, null))
                .isInstanceOf(ReviewRefusedException.class).hasMessageStartingWith("preliminary-already-sent");
    }
}
