package cn.sh.pilot.intake.domain.application;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.api.IntakeError;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from
 * {@value #CHARSET}, the last being a check character over the first 17.
 *
 * <p>Layout: registration authority (1), organisation kind (1), administrative division of the registering
 * authority (6, GB/T 2260), organisation code (9, GB 11714), check character (1). An instance is always valid;
 * use {@link #problemWith(String)} to learn why a text is not.
 */
public record UnifiedSocialCreditCode(String value) {

    /** The 31 characters of GB 32100 in order of their values 0–30 (no I, O, S, V, Z). */
    public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public UnifiedSocialCreditCode {
        Objects.requireNonNull(value, "value");
        Optional<IntakeError> problem = problemWith(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get().id() + ": " + value);
        }
    }

    /** Reads a code as typed (surrounding blanks and lower case are tolerated), or refuses it with the reason. */
    public static UnifiedSocialCreditCode parse(String text) throws RefusedException {
        String normalised = normalise(text);
        Optional<IntakeError> problem = problemWith(normalised);
        if (problem.isPresent()) {
            throw new RefusedException(problem.get(), text);
        }
        return new UnifiedSocialCreditCode(normalised);
    }

    /** Why {@code text} (as typed) is not a valid code, or empty when it is one. */
    public static Optional<IntakeError> problemWith(String text) {
        String code = normalise(text);
        if (code.length() != 18) {
            return Optional.of(IntakeError.USCC_MALFORMED);
        }
        for (int i = 0; i < code.length(); i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                return Optional.of(IntakeError.USCC_MALFORMED);
            }
        }
        if (checkCharacter(code.substring(0, 17)) != code.charAt(17)) {
            return Optional.of(IntakeError.USCC_CHECK_CHARACTER_WRONG);
        }
        return Optional.empty();
    }

    /**
     * The check character for the first 17 characters: {@code 31 - (Σ value(cᵢ)·wᵢ mod 31)}, where 31 becomes 0.
     *
     * @throws IllegalArgumentException if {@code body} is not 17 characters of {@link #CHARSET}
     */
    public static char checkCharacter(CharSequence body) {
        if (body.length() != 17) {
            throw new IllegalArgumentException("17 characters expected, got " + body.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARSET.indexOf(body.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a GB 32100 character: " + body.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }

    /** The administrative division code (GB/T 2260) of the registering authority, characters 3–8. */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
