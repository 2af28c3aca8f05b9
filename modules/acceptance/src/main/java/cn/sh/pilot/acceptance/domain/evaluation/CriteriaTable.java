package cn.sh.pilot.acceptance.domain.evaluation;

import cn.sh.pilot.acceptance.api.AcceptanceError;
import cn.sh.pilot.contracts.error.RefusedException;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The call's acceptance criteria with their weights — call data, configured per call, never code. Weights need not
 * add up to 100: the total is normalised (see {@link ResultPolicy}).
 */
public final class CriteriaTable {

    private final List<Criterion> criteria;

    private CriteriaTable(List<Criterion> criteria) {
        this.criteria = List.copyOf(criteria);
    }

    /** Checks the table: at least one criterion, unique codes, both names, positive weight and maximum. */
    public static CriteriaTable of(List<Criterion> criteria) throws RefusedException {
        if (criteria.isEmpty()) {
            throw new RefusedException(AcceptanceError.CRITERIA_TABLE_INVALID, "no criteria");
        }
        Set<String> codes = new HashSet<>();
        for (Criterion c : criteria) {
            if (c.code() == null || c.code().isBlank() || !codes.add(c.code())) {
                throw new RefusedException(AcceptanceError.CRITERIA_TABLE_INVALID, "code " + c.code());
            }
            if (blank(c.nameZh()) || blank(c.nameEn())) {
                throw new RefusedException(AcceptanceError.CRITERIA_TABLE_INVALID, c.code() + ": names");
            }
            if (!positive(c.weight()) || !positive(c.maxScore())) {
                throw new RefusedException(AcceptanceError.CRITERIA_TABLE_INVALID, c.code() + ": weight and maximum");
            }
        }
        return new CriteriaTable(criteria);
    }

    public List<Criterion> criteria() {
        return criteria;
    }

    public Optional<Criterion> find(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public BigDecimal totalWeight() {
        return criteria.stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean positive(BigDecimal n) {
        return n != null && n.signum() > 0;
    }
}
