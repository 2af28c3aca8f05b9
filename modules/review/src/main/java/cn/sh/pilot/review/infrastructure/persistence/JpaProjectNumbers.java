package cn.sh.pilot.review.infrastructure.persistence;

import cn.sh.pilot.review.domain.decision.ProjectNumberSequence;
import jakarta.persistence.EntityManager;
import java.util.Objects;

/**
 * Project number sequences from the locked counter row of each year ({@code project_number_counter}): the
 * increment locks the row until the approving transaction ends, so approvals on any instance over one database
 * draw distinct numbers, and a number is held by exactly one committed approval. A rolled-back approval releases
 * its number with everything else it wrote, so no number is ever seen twice. The unique index on
 * {@code review_item.project_number} is the last guard.
 */
public final class JpaProjectNumbers implements ProjectNumberSequence {

    private final EntityManager em;

    public JpaProjectNumbers(EntityManager em) {
        this.em = Objects.requireNonNull(em);
    }

    @Override
    public long next(int year) {
        int updated = em.createNativeQuery("UPDATE project_number_counter SET last_value = last_value + 1"
                + " WHERE number_year = ?1").setParameter(1, year).executeUpdate();
        if (updated == 0) {
            // a year without a call row (rows are created per call by the migration)
            em.createNativeQuery("INSERT INTO project_number_counter (number_year, last_value) VALUES (?1, 1)")
                    .setParameter(1, year).executeUpdate();
            return 1;
        }
        Object value = em.createNativeQuery("SELECT last_value FROM project_number_counter WHERE number_year = ?1")
                .setParameter(1, year).getSingleResult();
        return ((Number) value).longValue();
    }
}
