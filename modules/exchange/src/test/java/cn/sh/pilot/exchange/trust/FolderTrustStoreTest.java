package cn.sh.pilot.exchange.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.sh.pilot.exchange.keys.KeyType;
import cn.sh.pilot.exchange.signature.SigningKey;
import cn.sh.pilot.exchange.testing.TestPki;

class FolderTrustStoreTest {

    @TempDir
    Path dir;

    @Test
    void reads_authorities_registrations_per_code_and_dated_revocations() throws Exception {
        TestPki pki = TestPki.create(dir, KeyType.EC_P256);
        SigningKey xuhui = pki.registeredSigner("310104");
        SigningKey municipal = pki.registeredSigner(TrustStore.MUNICIPAL_CODE);
        OffsetDateTime at = OffsetDateTime.parse("2025-06-01T00:00:00+08:00");
        pki.folder().revoke(xuhui.certificate(), at, "keyCompromise 私钥泄露");

        TrustStore trust = FolderTrustStore.load(pki.folder().root());

        assertThat(trust.authorities()).containsExactly(pki.authority());
        assertThat(trust.registrationsOf(xuhui.certificate())).containsExactly("310104");
        assertThat(trust.registrationsOf(municipal.certificate())).containsExactly("310000");
        assertThat(trust.certificatesOf("310104")).containsExactly(xuhui.certificate());
        assertThat(trust.revocationOf(xuhui.certificate())).hasValueSatisfying(r -> {
            assertThat(r.revokedAt()).isEqualTo(at);
            assertThat(r.reason()).isEqualTo("keyCompromise 私钥泄露");
        });
        assertThat(trust.revocationOf(municipal.certificate())).isEmpty();
    }

    @Test
    void names_the_file_and_line_of_a_malformed_revocation() throws Exception {
        TestPki pki = TestPki.create(dir, KeyType.EC_P256);
        Files.writeString(pki.folder().revocations(), "# comment\nnot-a-fingerprint 2025-01-01 x\n");

        assertThatThrownBy(() -> FolderTrustStore.load(pki.folder().root())).isInstanceOf(IOException.class)
                .hasMessageContaining("revocations.txt:2");
    }

    @Test
    void refuses_a_folder_without_authorities() {
        assertThatThrownBy(() -> FolderTrustStore.load(dir)).isInstanceOf(IOException.class)
                .hasMessageContaining("authorities");
    }
}
