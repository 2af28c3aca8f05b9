package cn.sh.pilot.review.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import cn.sh.pilot.contracts.audit.AuditTrail;
import cn.sh.pilot.review.domain.preliminary.PreliminaryReview;
import cn.sh.pilot.review.domain.preliminary.PreliminaryReviewRepository;
import cn.sh.pilot.review.domain.preliminary.Reviewer;
import cn.sh.pilot.review.domain.shared.Actor;
import cn.sh.pilot.review.domain.shared.ApplicationId;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.RecommenderCode;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;
import cn.sh.pilot.review.domain.shared.ShanghaiTime;

/**
 * Records (or revises) the site's preliminary review of one application (初审, §五(三)): the opinion, recommend or
 * not, and the priority rank among the recommended ones. The reviewer is the signed-in operator, the date today in
 * Shanghai by the site clock. A review sent in a batch is refused ({@code preliminary-already-sent}).
 */
public final class RecordPreliminaryReview {

    private final PreliminaryReviewRepository reviews;
    private final AuditTrail audit;
    private final Clock clock;

    public RecordPreliminaryReview(PreliminaryReviewRepository reviews, AuditTrail audit, Clock clock) {
        this.reviews = Objects.requireNonNull(reviews);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * @param rank the priority rank (1 = strongest), or null for none yet; ignored when not recommending
     * @throws ReviewRefusedException {@code preliminary-opinion-missing}, {@code preliminary-rank-invalid},
     *                                {@code preliminary-already-sent}
     */
    public PreliminaryReview record(Actor actor, RecommenderCode site, ApplicationId application, CallId call,
            String opinion, boolean recommend, Integer rank) throws ReviewRefusedException {
        Reviewer reviewer = new Reviewer(actor.displayName().isBlank() ? actor.userId() : actor.displayName(), null);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ShanghaiTime.ZONE);
        Optional<PreliminaryReview> existing = reviews.find(application);
        PreliminaryReviewSnapshot before = existing.map(PreliminaryReviewSnapshot::of).orElse(null);
        PreliminaryReview review;
        if (existing.isPresent()) {
            review = existing.get();
            review.revise(opinion, recommend, reviewer, today);
        } else {
            review = PreliminaryReview.record(application, call, site, opinion, recommend, reviewer, today);
        }
        if (recommend && rank != null) {
            review.rank(rank);
        } else if (recommend) {
            review.unrank();
        }
        reviews.save(review);
        audit.record(existing.isPresent() ? ReviewAuditActions.PRELIMINARY_REVISED : ReviewAuditActions.PRELIMINARY_RECORDED,
                ReviewAuditActions.PRELIMINARY_ENTITY, application.toString(), before, PreliminaryReviewSnapshot.of(review));
        return review;
    }
}
