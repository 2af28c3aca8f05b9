package cn.sh.pilot.acceptance.domain.evaluation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Where the total (0–100) divides the outcomes: {@code total ≥ pass} passes; {@code rework ≤ total < pass} is
 * rework; below {@code rework} fails. Configured per call; {@link #standard()} is 80 / 60.
 */
public record ResultThresholds(BigDecimal pass, BigDecimal rework) {

    public ResultThresholds {
        Objects.requireNonNull(pass, "pass");
        Objects.requireNonNull(rework, "rework");
        if (rework.compareTo(pass) > 0 || rework.signum() < 0 || pass.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("need 0 ≤ rework ≤ pass ≤ 100: " + rework + " / " + pass);
        }
    }

    public static ResultThresholds standard() {
        return new ResultThresholds(BigDecimal.valueOf(80), BigDecimal.valueOf(60));
    }
}
