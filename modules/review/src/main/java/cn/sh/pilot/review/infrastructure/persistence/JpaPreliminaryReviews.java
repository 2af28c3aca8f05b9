package cn.sh.pilot.review.infrastructure.persistence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.sh.pilot.review.domain.preliminary.PreliminaryReview;
import cn.sh.pilot.review.domain.preliminary.PreliminaryReviewRepository;
import cn.sh.pilot.review.domain.shared.ApplicationId;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.RecommenderCode;
import jakarta.persistence.EntityManager;

/** {@link PreliminaryReviewRepository} over {@code preliminary_review}; the caller's transaction. */
public final class JpaPreliminaryReviews implements PreliminaryReviewRepository {

    private final EntityManager em;

    public JpaPreliminaryReviews(EntityManager em) {
        this.em = Objects.requireNonNull(em);
    }

    @Override
    public Optional<PreliminaryReview> find(ApplicationId applicationId) {
        return Optional.ofNullable(em.find(PreliminaryReviewEntity.class, applicationId.toString()))
                .map(PreliminaryReviewEntity::toDomain);
    }

    @Override
    public List<PreliminaryReview> ofCall(RecommenderCode recommender, CallId call) {
        return em.createQuery("SELECT r FROM PreliminaryReviewEntity r WHERE r.recommender = :rec AND r.callId = :call",
                        PreliminaryReviewEntity.class)
                .setParameter("rec", recommender.value()).setParameter("call", call.value())
                .getResultList().stream().map(PreliminaryReviewEntity::toDomain).toList();
    }

    @Override
    public void save(PreliminaryReview review) {
        String id = review.applicationId().toString();
        PreliminaryReviewEntity entity = em.find(PreliminaryReviewEntity.class, id);
        if (entity == null) {
            entity = new PreliminaryReviewEntity(id);
            entity.copy(review);
            em.persist(entity);
        } else {
            entity.copy(review);
        }
    }
}
