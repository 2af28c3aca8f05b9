package cn.sh.pilot.review.application;

import cn.sh.pilot.review.domain.preliminary.PreliminaryReview;

/** What the audit log keeps of a preliminary review. */
public record PreliminaryReviewSnapshot(String applicationId, String callId, String recommender, String opinion,
        boolean recommended, String reviewer, String date, Integer rank, String sentIn) {

    public static PreliminaryReviewSnapshot of(PreliminaryReview r) {
        return new PreliminaryReviewSnapshot(r.applicationId().toString(), r.callId().value(), r.recommender().value(),
                r.opinion(), r.isRecommended(), r.reviewer().name(), r.date().toString(),
                r.rank().isPresent() ? r.rank().getAsInt() : null, r.sentIn().map(Object::toString).orElse(null));
    }
}
