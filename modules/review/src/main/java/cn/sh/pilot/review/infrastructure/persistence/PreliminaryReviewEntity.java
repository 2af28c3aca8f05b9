package cn.sh.pilot.review.infrastructure.persistence;

import java.time.LocalDate;

import cn.sh.pilot.review.domain.preliminary.PreliminaryReview;
import cn.sh.pilot.review.domain.preliminary.Reviewer;
import cn.sh.pilot.review.domain.shared.ApplicationId;
import cn.sh.pilot.review.domain.shared.BatchId;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.RecommenderCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A recommender site's preliminary review of one application ({@code preliminary_review}). */
@Entity
@Table(name = "preliminary_review")
public class PreliminaryReviewEntity {

    @Id
    @Column(name = "application_id", length = 36)
    private String applicationId;
    @Column(name = "call_id", nullable = false)
    private String callId;
    @Column(name = "recommender_code", nullable = false)
    private String recommender;
    @Column(name = "opinion", nullable = false, length = 4000)
    private String opinion;
    @Column(name = "recommended", nullable = false)
    private boolean recommended;
    @Column(name = "reviewer_name", nullable = false)
    private String reviewerName;
    @Column(name = "reviewer_title")
    private String reviewerTitle;
    @Column(name = "review_date", nullable = false)
    private LocalDate date;
    @Column(name = "priority_rank")
    private Integer rank;
    @Column(name = "sent_in")
    private String sentIn;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PreliminaryReviewEntity() {
    }

    PreliminaryReviewEntity(String applicationId) {
        this.applicationId = applicationId;
    }

    void copy(PreliminaryReview r) {
        callId = r.callId().value();
        recommender = r.recommender().value();
        opinion = r.opinion();
        recommended = r.isRecommended();
        reviewerName = r.reviewer().name();
        reviewerTitle = r.reviewer().title();
        date = r.date();
        rank = r.rank().isPresent() ? r.rank().getAsInt() : null;
        sentIn = r.sentIn().map(Object::toString).orElse(null);
    }

    PreliminaryReview toDomain() {
        return PreliminaryReview.restore(ApplicationId.of(applicationId), new CallId(callId), new RecommenderCode(recommender),
                opinion, recommended, new Reviewer(reviewerName, reviewerTitle), date, rank,
                sentIn == null ? null : BatchId.of(sentIn));
    }
}
