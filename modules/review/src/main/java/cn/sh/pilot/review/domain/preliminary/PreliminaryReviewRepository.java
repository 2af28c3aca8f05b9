package cn.sh.pilot.review.domain.preliminary;

import java.util.List;
import java.util.Optional;

import cn.sh.pilot.review.domain.shared.ApplicationId;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.RecommenderCode;

/** The recommender site's preliminary reviews, one per application. */
public interface PreliminaryReviewRepository {

    Optional<PreliminaryReview> find(ApplicationId applicationId);

    /** Every review of {@code recommender} for {@code call}, sent or not. */
    List<PreliminaryReview> ofCall(RecommenderCode recommender, CallId call);

    void save(PreliminaryReview review);
}
