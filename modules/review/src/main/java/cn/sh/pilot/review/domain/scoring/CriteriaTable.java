package cn.sh.pilot.review.domain.scoring;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import cn.sh.pilot.review.api.ReviewError;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.Refusal;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;
import cn.sh.pilot.review.domain.shared.Verdict;

/** A call's scoring criteria, as data (configurable per call): codes unique, maximum points and weights positive. */
public final class CriteriaTable {

    private final CallId callId;
    private final Map<String, Criterion> criteria = new LinkedHashMap<>();

    private CriteriaTable(CallId callId, List<Criterion> criteria) {
        this.callId = callId;
        criteria.forEach(criterion -> this.criteria.put(criterion.code(), criterion));
    }

    public static CriteriaTable of(CallId callId, List<Criterion> criteria) throws ReviewRefusedException {
        Objects.requireNonNull(callId, "callId");
        Set<String> codes = new HashSet<>();
        Verdict verdict = criteria.isEmpty() ? Verdict.refuse(ReviewError.CRITERIA_INVALID, "no criteria") : Verdict.allow();
        for (Criterion criterion : criteria) {
            if (!codes.add(criterion.code())) {
                verdict = verdict.and(Verdict.refuse(ReviewError.CRITERIA_INVALID, "code " + criterion.code() + " twice"));
            }
            if (criterion.maxPoints().signum() <= 0 || criterion.weight().signum() <= 0) {
                verdict = verdict.and(Verdict.refuse(ReviewError.CRITERIA_INVALID,
                        criterion.code() + ": maximum and weight must be positive"));
            }
        }
        verdict.orThrow();
        return new CriteriaTable(callId, criteria);
    }

    public CallId callId() {
        return callId;
    }

    public List<Criterion> criteria() {
        return List.copyOf(criteria.values());
    }

    public Optional<Criterion> criterion(String code) {
        return Optional.ofNullable(criteria.get(code));
    }

    /** The highest weighted total an expert can give. */
    public BigDecimal maxWeightedTotal() {
        return criteria.values().stream().map(c -> c.maxPoints().multiply(c.weight())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Σ weight × points of a complete score sheet. */
    public BigDecimal weightedTotal(Map<String, BigDecimal> points) {
        return criteria.values().stream().map(c -> c.weight().multiply(points.get(c.code())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Every criterion scored once, none unknown, each within 0..maximum. */
    public Verdict judge(Map<String, BigDecimal> points) {
        Verdict verdict = Verdict.allow();
        for (Map.Entry<String, BigDecimal> given : points.entrySet()) {
            Criterion criterion = criteria.get(given.getKey());
            if (criterion == null) {
                verdict = verdict.and(new Verdict(List.of(new Refusal(ReviewError.SCORE_UNKNOWN_CRITERION, given.getKey(), ""))));
            } else if (given.getValue() == null || !criterion.allows(given.getValue())) {
                verdict = verdict.and(new Verdict(List.of(new Refusal(ReviewError.SCORE_OUT_OF_RANGE, given.getKey(),
                        given.getValue() + " not in 0.." + criterion.maxPoints()))));
            }
        }
        for (String code : criteria.keySet()) {
            if (!points.containsKey(code)) {
                verdict = verdict.and(new Verdict(List.of(new Refusal(ReviewError.SCORE_INCOMPLETE, code, "not scored"))));
            }
        }
        return verdict;
    }
}
