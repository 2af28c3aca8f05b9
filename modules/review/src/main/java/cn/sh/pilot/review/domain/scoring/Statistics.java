package cn.sh.pilot.review.domain.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Mean and spread of the experts' values for one criterion or for the weighted total, to two
 * decimals: spread = max − min, and the population standard deviation (all the experts who scored
 * are the whole population, not a sample of it).
 */
public record Statistics(int count, BigDecimal mean, BigDecimal min, BigDecimal max, BigDecimal spread,
        BigDecimal standardDeviation) {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    public static Statistics of(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return new Statistics(0, null, null, null, null, null);
        }
        BigDecimal n = BigDecimal.valueOf(values.size());
        BigDecimal mean = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(n, PRECISION);
        BigDecimal min = values.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal max = values.stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal variance = values.stream().map(v -> v.subtract(mean).pow(2))
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(n, PRECISION);
        return new Statistics(values.size(), round(mean), round(min), round(max), round(max.subtract(min)),
                round(variance.sqrt(PRECISION)));
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
