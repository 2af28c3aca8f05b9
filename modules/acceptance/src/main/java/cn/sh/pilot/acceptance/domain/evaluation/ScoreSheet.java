package cn.sh.pilot.acceptance.domain.evaluation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The scores of one evaluation round: expert id → criterion code → score. */
public final class ScoreSheet {

    private final Map<String, Map<String, BigDecimal>> scores = new LinkedHashMap<>();

    void put(String expertId, String criterionCode, BigDecimal score) {
        scores.computeIfAbsent(expertId, id -> new LinkedHashMap<>()).put(criterionCode, score);
    }

    void withdraw(String expertId) {
        scores.remove(expertId);
    }

    public Optional<BigDecimal> score(String expertId, String criterionCode) {
        return Optional.ofNullable(scores.getOrDefault(expertId, Map.of()).get(criterionCode));
    }

    /** One expert's scores by criterion code (empty if none yet). */
    public Map<String, BigDecimal> of(String expertId) {
        return Collections.unmodifiableMap(scores.getOrDefault(expertId, Map.of()));
    }

    /** Every expert in {@code panel} scored every criterion of {@code table}. */
    public boolean isComplete(Iterable<Expert> panel, CriteriaTable table) {
        for (Expert expert : panel) {
            for (Criterion criterion : table.criteria()) {
                if (score(expert.id(), criterion.code()).isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }
}
