package cn.sh.pilot.app.domain.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void a_hash_verifies_the_password_it_was_made_from_and_no_other() {
        String stored = hasher.hash("Correct-horse-42".toCharArray());

        assertThat(hasher.verify("Correct-horse-42".toCharArray(), stored)).isTrue();
        assertThat(hasher.verify("correct-horse-42".toCharArray(), stored)).isFalse();
        assertThat(hasher.verify("".toCharArray(), stored)).isFalse();
    }

    @Test
    void the_same_password_hashes_differently_each_time_because_of_the_salt() {
        String a = hasher.hash("same-password-1".toCharArray());
        String b = hasher.hash("same-password-1".toCharArray());

        assertThat(a).isNotEqualTo(b);
        assertThat(a).startsWith("pbkdf2-sha256$1000$");
    }

    @Test
    void the_default_uses_at_least_210000_iterations() {
        String stored = new PasswordHasher().hash("x".toCharArray());

        assertThat(Integer.parseInt(stored.split("\\$")[1])).isGreaterThanOrEqualTo(210_000);
        assertThat(new PasswordHasher().needsRehash(hasher.hash("x".toCharArray()))).isTrue();
    }

    @Test
    void malformed_stored_values_never_match() {
        assertThat(hasher.verify("x".toCharArray(), null)).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "plain-text")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "pbkdf2-sha256$1000$!!!$???")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "md5$1000$c2FsdA$aGFzaA")).isFalse();
    }
}
