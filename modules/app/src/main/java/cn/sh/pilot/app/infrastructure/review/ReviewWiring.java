package cn.sh.pilot.app.infrastructure.review;

import cn.sh.pilot.contracts.audit.AuditTrail;
import cn.sh.pilot.review.application.BuildBatch;
import cn.sh.pilot.review.application.RecordDelivery;
import cn.sh.pilot.review.application.RecordPreliminaryReview;
import cn.sh.pilot.review.application.RecordReceipt;
import cn.sh.pilot.review.application.SignBatch;
import cn.sh.pilot.review.domain.batch.BatchAssembly;
import cn.sh.pilot.review.application.MunicipalReview;
import cn.sh.pilot.review.infrastructure.persistence.JpaOutgoingBatches;
import cn.sh.pilot.review.infrastructure.persistence.JpaProjectNumbers;
import cn.sh.pilot.review.infrastructure.persistence.JpaReviewItems;
import cn.sh.pilot.review.infrastructure.persistence.JpaReviewSetups;
import cn.sh.pilot.review.infrastructure.persistence.JpaPreliminaryReviews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;

/**
 * Builds review's recommender-side plain classes (preliminary reviews, outgoing batches and their use cases) from
 * the transaction-scoped entity manager, the audit log and the site clock; {@code RecommendationDesk} runs them.
 * On the municipal site: the review items, the call's review setup and {@code MunicipalReview}, run by
 * {@code ReviewDesk}.
 */
@ApplicationScoped
public class ReviewWiring {

    @PersistenceContext(unitName = "pilot")
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    @Produces
    JpaPreliminaryReviews preliminaryReviews() {
        return new JpaPreliminaryReviews(em);
    }

    @Produces
    JpaOutgoingBatches outgoingBatches() {
        return new JpaOutgoingBatches(em);
    }

    @Produces
    RecordPreliminaryReview recordPreliminaryReview() {
        return new RecordPreliminaryReview(preliminaryReviews(), audit, clock);
    }

    @Produces
    BuildBatch buildBatch() {
        return new BuildBatch(preliminaryReviews(), outgoingBatches(), new BatchAssembly(clock), audit);
    }

    @Produces
    SignBatch signBatch() {
        return new SignBatch(preliminaryReviews(), outgoingBatches(), audit, clock);
    }

    @Produces
    RecordReceipt recordReceipt() {
        return new RecordReceipt(outgoingBatches(), preliminaryReviews(), audit);
    }

    @Produces
    RecordDelivery recordDelivery() {
        return new RecordDelivery(outgoingBatches(), audit, clock);
    }

    @Produces
    JpaReviewItems reviewItems() {
        return new JpaReviewItems(em, reviewSetups());
    }

    @Produces
    JpaReviewSetups reviewSetups() {
        return new JpaReviewSetups(em);
    }

    /** Municipal review; project numbers from the locked counter row of each year. */
    @Produces
    MunicipalReview municipalReview() {
        return new MunicipalReview(reviewItems(), reviewSetups()::of, new JpaProjectNumbers(em), audit, clock);
    }
}
