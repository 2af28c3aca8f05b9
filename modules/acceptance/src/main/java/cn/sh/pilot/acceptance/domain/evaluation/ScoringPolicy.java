package cn.sh.pilot.acceptance.domain.evaluation;

import cn.sh.pilot.acceptance.api.AcceptanceError;
import cn.sh.pilot.acceptance.domain.Actor;
import cn.sh.pilot.acceptance.domain.Role;
import cn.sh.pilot.contracts.error.Verdict;

import java.math.BigDecimal;
import java.util.List;

/**
 * A score counts when the expert is on the panel, it is entered by the expert or a municipal operator, the
 * criterion is in the table, the value is 0 to the criterion's maximum with at most two decimals, and the expert has
 * not scored that criterion yet. Checked in that order.
 */
public final class ScoringPolicy {

    public Verdict<AcceptanceError> evaluate(List<Expert> panel, CriteriaTable table, ScoreSheet sheet,
                                             String expertId, String criterionCode, BigDecimal score, Actor by) {
        if (panel.stream().noneMatch(e -> e.id().equals(expertId))) {
            return Verdict.refuse(AcceptanceError.EXPERT_NOT_ON_PANEL, expertId);
        }
        boolean himself = by.userId().equals(expertId);
        boolean operator = by.isMunicipal() && by.has(Role.OPERATOR);
        if (!himself && !operator) {
            return Verdict.refuse(AcceptanceError.SCORER_NOT_AUTHORISED, by.userId() + " for " + expertId);
        }
        Criterion criterion = table.find(criterionCode).orElse(null);
        if (criterion == null) {
            return Verdict.refuse(AcceptanceError.CRITERION_UNKNOWN, criterionCode);
        }
        if (score == null || score.signum() < 0 || score.compareTo(criterion.maxScore()) > 0
                || score.stripTrailingZeros().scale() > 2) {
            return Verdict.refuse(AcceptanceError.SCORE_OUT_OF_RANGE,
                    criterionCode + ": " + score + " (0–" + criterion.maxScore() + ")");
        }
        if (sheet.score(expertId, criterionCode).isPresent()) {
            return Verdict.refuse(AcceptanceError.SCORE_DUPLICATE, expertId + " / " + criterionCode);
        }
        return Verdict.allow();
    }
}
