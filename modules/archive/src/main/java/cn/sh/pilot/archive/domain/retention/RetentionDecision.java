package cn.sh.pilot.archive.domain.retention;

import java.util.Objects;

/**
 * A retention period with the rule that set it.
 *
 * @param period the period
 * @param rule   the rule's stable kebab-case code, e.g. {@code approved-project}
 * @param zh     the rule in Chinese
 * @param en     the rule in English
 */
public record RetentionDecision(RetentionPeriod period, String rule, String zh, String en) {

    public RetentionDecision {
        Objects.requireNonNull(period);
        Objects.requireNonNull(rule);
        Objects.requireNonNull(zh);
        Objects.requireNonNull(en);
    }
}
