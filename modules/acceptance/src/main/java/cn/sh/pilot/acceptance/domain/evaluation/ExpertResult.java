package cn.sh.pilot.acceptance.domain.evaluation;

import java.math.BigDecimal;

/** One expert's line on the result document: name, organisation, total (0–100). */
public record ExpertResult(String expert, String organisation, BigDecimal score) {
}
