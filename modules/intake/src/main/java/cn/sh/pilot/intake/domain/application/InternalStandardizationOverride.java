package cn.sh.pilot.intake.domain.application;

import java.time.Instant;
import java.util.Objects;

/**
 * A recorded decision to let a project of purely internal standardization through despite §二(四)
 * ("一般不予立项" — generally not accepted). See {@code docs/adr/0003-internal-standardization-override.md}.
 *
 * @param operator the recommender operator who decided (login id)
 * @param at       when
 * @param reason   why, in words the municipal reviewer will read (at least {@value #MIN_REASON_LENGTH} characters)
 */
public record InternalStandardizationOverride(String operator, Instant at, String reason) {

    public static final int MIN_REASON_LENGTH = 10;

    public InternalStandardizationOverride {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        reason = reason.strip();
    }

    /** Whether operator and reason are sufficient for the override to count. */
    public static boolean isSufficient(String operator, String reason) {
        return operator != null && !operator.isBlank()
                && reason != null && reason.strip().codePointCount(0, reason.strip().length()) >= MIN_REASON_LENGTH;
    }
}
