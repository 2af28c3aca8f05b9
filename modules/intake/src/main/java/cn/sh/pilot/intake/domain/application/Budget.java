package cn.sh.pilot.intake.domain.application;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The project's budget in yuan (CNY), as the applicant plans it.
 *
 * @param selfFunded the part the applicant pays itself (自筹经费)
 */
public record Budget(BigDecimal total, BigDecimal selfFunded) {

    public Budget {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(selfFunded, "selfFunded");
        if (total.signum() < 0 || selfFunded.signum() < 0) {
            throw new IllegalArgumentException("amounts are not negative");
        }
    }
}
