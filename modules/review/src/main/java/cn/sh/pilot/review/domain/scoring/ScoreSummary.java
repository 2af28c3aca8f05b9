package cn.sh.pilot.review.domain.scoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The experts' scores of one item side by side: per criterion and for the weighted total, the
 * mean and spread; and each expert's weighted total.
 */
public record ScoreSummary(Map<String, Statistics> byCriterion, Statistics weightedTotal,
        Map<String, BigDecimal> totalByExpert, BigDecimal maxWeightedTotal) {

    public static ScoreSummary of(CriteriaTable table, List<Score> scores) {
        Map<String, Statistics> byCriterion = new LinkedHashMap<>();
        for (Criterion criterion : table.criteria()) {
            byCriterion.put(criterion.code(), Statistics.of(scores.stream()
                    .map(score -> score.points().get(criterion.code())).toList()));
        }
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        scores.forEach(score -> totals.put(score.expertUserId(), table.weightedTotal(score.points())));
        return new ScoreSummary(byCriterion, Statistics.of(List.copyOf(totals.values())), totals,
                table.maxWeightedTotal());
    }

    public ScoreSummary {
        byCriterion = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byCriterion));
        totalByExpert = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(totalByExpert));
    }
}
