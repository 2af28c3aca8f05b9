package cn.sh.pilot.review.domain.preliminary;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import cn.sh.pilot.review.api.ReviewError;
import cn.sh.pilot.review.domain.shared.ApplicationId;
import cn.sh.pilot.review.domain.shared.BatchId;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.RecommenderCode;
import cn.sh.pilot.review.domain.shared.Refusal;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;

/**
 * A recommender's preliminary review (初审, notice §五(三)) of one application: the opinion text
 * (推荐部门意见), whether it recommends the application, who reviewed it and when, and the priority
 * rank among the recommended ones (择优推荐, §四(二)). Once sent in a batch it is frozen.
 */
public final class PreliminaryReview {

    private final ApplicationId applicationId;
    private final CallId callId;
    private final RecommenderCode recommender;
    private String opinion;
    private boolean recommended;
    private Reviewer reviewer;
    private LocalDate date;
    private Integer rank;
    private BatchId sentIn;

    private PreliminaryReview(ApplicationId applicationId, CallId callId, RecommenderCode recommender) {
        this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
        this.callId = Objects.requireNonNull(callId, "callId");
        this.recommender = Objects.requireNonNull(recommender, "recommender");
    }

    /** Records the opinion of {@code recommender} on an application of {@code callId}; no rank yet. */
    public static PreliminaryReview record(ApplicationId applicationId, CallId callId, RecommenderCode recommender,
            String opinion, boolean recommended, Reviewer reviewer, LocalDate date) throws ReviewRefusedException {
        PreliminaryReview review = new PreliminaryReview(applicationId, callId, recommender);
        review.revise(opinion, recommended, reviewer, date);
        return review;
    }

    /** Rebuilds a review as it was stored (persistence only): no rule is applied again. */
    public static PreliminaryReview restore(ApplicationId applicationId, CallId callId, RecommenderCode recommender,
            String opinion, boolean recommended, Reviewer reviewer, LocalDate date, Integer rank, BatchId sentIn) {
        PreliminaryReview review = new PreliminaryReview(applicationId, callId, recommender);
        review.opinion = Objects.requireNonNull(opinion, "opinion");
        review.recommended = recommended;
        review.reviewer = Objects.requireNonNull(reviewer, "reviewer");
        review.date = Objects.requireNonNull(date, "date");
        review.rank = rank;
        review.sentIn = sentIn;
        return review;
    }

    /** Removes the rank (e.g. to renumber); a review that is sent keeps it. */
    public void unrank() throws ReviewRefusedException {
        requireNotSent();
        this.rank = null;
    }

    /** Rewrites the opinion; a review that stops recommending loses its rank. */
    public void revise(String newOpinion, boolean recommend, Reviewer newReviewer, LocalDate newDate)
            throws ReviewRefusedException {
        requireNotSent();
        if (newOpinion == null || newOpinion.isBlank()) {
            throw ReviewRefusedException.of(Refusal.of(ReviewError.PRELIMINARY_OPINION_MISSING, applicationId.toString()));
        }
        this.opinion = newOpinion.strip();
        this.recommended = recommend;
        this.reviewer = Objects.requireNonNull(newReviewer, "reviewer");
        this.date = Objects.requireNonNull(newDate, "date");
        if (!recommend) {
            this.rank = null;
        }
    }

    /** Sets the priority rank (1 = strongest); only a recommended application is ranked. */
    public void rank(int priority) throws ReviewRefusedException {
        requireNotSent();
        if (!recommended) {
            throw ReviewRefusedException.of(Refusal.of(ReviewError.PRELIMINARY_RANK_NOT_RECOMMENDED, applicationId.toString()));
        }
        if (priority < 1) {
            throw ReviewRefusedException.of(Refusal.of(ReviewError.PRELIMINARY_RANK_INVALID, String.valueOf(priority)));
        }
        this.rank = priority;
    }

    /** Freezes the review once its batch has been built and signed. */
    public void markSent(BatchId batch) throws ReviewRefusedException {
        requireNotSent();
        this.sentIn = Objects.requireNonNull(batch, "batch");
    }

    /**
     * Unfreezes the review when the batch it was sent in was refused by the municipal inbox (or refused this item):
     * it can be corrected and sent in a later batch. A review sent in another batch is left alone.
     *
     * @return whether it was released
     */
    public boolean release(BatchId refusedBatch) {
        if (sentIn == null || !sentIn.equals(refusedBatch)) {
            return false;
        }
        sentIn = null;
        return true;
    }

    private void requireNotSent() throws ReviewRefusedException {
        if (sentIn != null) {
            throw ReviewRefusedException.of(Refusal.of(ReviewError.PRELIMINARY_ALREADY_SENT,
                    applicationId + " in batch " + sentIn));
        }
    }

    public ApplicationId applicationId() {
        return applicationId;
    }

    public CallId callId() {
        return callId;
    }

    public RecommenderCode recommender() {
        return recommender;
    }

    public String opinion() {
        return opinion;
    }

    public boolean isRecommended() {
        return recommended;
    }

    public Reviewer reviewer() {
        return reviewer;
    }

    public LocalDate date() {
        return date;
    }

    public OptionalInt rank() {
        return rank == null ? OptionalInt.empty() : OptionalInt.of(rank);
    }

    public Optional<BatchId> sentIn() {
        return Optional.ofNullable(sentIn);
    }

    public boolean isSent() {
        return sentIn != null;
    }
}
