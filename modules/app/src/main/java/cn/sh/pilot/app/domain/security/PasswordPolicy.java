package cn.sh.pilot.app.domain.security;

import java.util.Optional;

/** Minimum quality of a password an administrator sets: at least 10 characters, letters and digits. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    /** @return the refusal reason id, or empty if acceptable */
    public static Optional<String> check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password-too-short");
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            return Optional.of("password-too-simple");
        }
        return Optional.empty();
    }
}
