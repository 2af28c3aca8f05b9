package cn.sh.pilot.review.domain.scoring;

import java.util.Objects;
import java.util.Optional;

import cn.sh.pilot.review.domain.shared.Actor;
import cn.sh.pilot.review.domain.shared.RecommenderCode;
import cn.sh.pilot.review.domain.shared.Uscc;

/**
 * An expert reviewer (§四(四): experts of technical organisations): the user, the organisation they
 * work for (by its credit code) and, when they work at a district bureau or industry department,
 * that recommender.
 */
public record Expert(Actor person, Uscc organisation, RecommenderCode recommender) {

    public Expert {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(organisation, "organisation");
    }

    public String userId() {
        return person.userId();
    }

    public Optional<RecommenderCode> affiliatedRecommender() {
        return Optional.ofNullable(recommender);
    }
}
