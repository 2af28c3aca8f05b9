package cn.sh.pilot.acceptance.domain.evaluation;

import java.math.BigDecimal;

/**
 * One line of the call's acceptance criteria table: code, names, weight in the total, and the most points an
 * expert may give.
 */
public record Criterion(String code, String nameZh, String nameEn, BigDecimal weight, BigDecimal maxScore) {
}
