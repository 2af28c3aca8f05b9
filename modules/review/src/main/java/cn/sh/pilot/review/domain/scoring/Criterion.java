package cn.sh.pilot.review.domain.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a call's scoring table, e.g. {@code KEY_DIRECTION_FIT} 与重点方向的契合度, at most 25
 * points, weight 1. An expert gives 0..{@code maxPoints}; the weighted total is Σ weight × points.
 */
public record Criterion(String code, String nameZh, String nameEn, BigDecimal maxPoints, BigDecimal weight) {

    public Criterion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(maxPoints, "maxPoints");
        Objects.requireNonNull(weight, "weight");
    }

    public boolean allows(BigDecimal points) {
        return points.signum() >= 0 && points.compareTo(maxPoints) <= 0;
    }
}
