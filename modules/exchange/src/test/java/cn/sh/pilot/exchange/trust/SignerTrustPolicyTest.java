package cn.sh.pilot.exchange.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.keys.KeyType;
import cn.sh.pilot.exchange.signature.SigningKey;
import cn.sh.pilot.exchange.testing.TestPki;

class SignerTrustPolicyTest {

    @TempDir
    Path dir;

    @Test
    void keeps_signatures_made_before_a_revocation_and_refuses_later_ones() throws Exception {
        TestPki pki = TestPki.create(dir, KeyType.EC_P256);
        SigningKey key = pki.registeredSigner("310104");
        OffsetDateTime revokedAt = OffsetDateTime.of(2026, 6, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8));
        pki.folder().revoke(key.certificate(), revokedAt, "keyCompromise");
        SignerTrustPolicy policy = new SignerTrustPolicy(pki.trust());

        assertThat(policy.revocation(key.certificate(), revokedAt.toInstant().minusSeconds(1)).en()).contains("revoked after signing");
        assertThatThrownBy(() -> policy.revocation(key.certificate(), revokedAt.toInstant()))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.id()).isEqualTo("certificate-revoked"));
    }

    @Test
    void judges_validity_at_the_signing_time_not_now() throws Exception {
        TestPki pki = TestPki.create(dir, KeyType.EC_P256);
        Instant from = Instant.now().minus(Duration.ofDays(100));
        Instant to = Instant.now().minus(Duration.ofDays(10));
        SigningKey old = pki.signer("310104", KeyType.EC_P256.generate(), from, to, true);
        SignerTrustPolicy policy = new SignerTrustPolicy(pki.trust());

        assertThat(policy.validity(old.certificate(), to.minus(Duration.ofDays(1))).en()).startsWith("valid at signing time");
        assertThatThrownBy(() -> policy.validity(old.certificate(), Instant.now()))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.id()).isEqualTo("certificate-expired"));
        assertThatThrownBy(() -> policy.validity(old.certificate(), from.minusSeconds(60)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.id()).isEqualTo("certificate-not-yet-valid"));
    }

    @Test
    void refuses_a_certificate_from_a_foreign_authority_with_the_same_name() {
        TestPki ours = TestPki.create(dir.resolve("ours"), KeyType.EC_P256, "Same Name CA");
        TestPki theirs = TestPki.create(dir.resolve("theirs"), KeyType.EC_P256, "Same Name CA");
        SigningKey foreign = theirs.registeredSigner("310104");

        assertThatThrownBy(() -> new SignerTrustPolicy(ours.trust()).issuer(foreign.certificate()))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.id()).isEqualTo("certificate-untrusted-issuer"));
    }

    @Test
    void lets_a_recommender_sign_only_for_itself() throws Exception {
        SignerTrustPolicy policy = new SignerTrustPolicy(TestPki.create(dir, KeyType.EC_P256).trust());

        assertThat(policy.sender(Set.of("310104"), "310104").en()).contains("310104");
        assertThatThrownBy(() -> policy.sender(Set.of("310104"), "310105"))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.id()).isEqualTo("signer-not-claimed-sender"));
    }
}
