package cn.sh.pilot.exchange.transport.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.transport.OpenSsh;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PinnedHostKeyTest {

    @TempDir
    Path tmp;

    @Test
    void reads_a_pub_line_and_a_known_hosts_line_as_the_same_key_with_ssh_keygens_fingerprint() throws Exception {
        Path key = OpenSsh.keygen(tmp, "host", "ed25519");
        String line = OpenSsh.publicKeyLine(key);
        PinnedHostKey fromPub = PinnedHostKey.read(Path.of(key + ".pub"));
        PinnedHostKey fromKnownHosts = PinnedHostKey.parse("[sftp.example]:2222 " + line);
        assertThat(fromPub.matches(fromKnownHosts.publicKey())).isTrue();
        assertThat(fromPub.keyType()).isEqualTo("ssh-ed25519");
        String sshKeygen = OpenSsh.run(Duration.ofSeconds(10), List.of(OpenSsh.SSH_KEYGEN.toString(), "-lf", key + ".pub")).output();
        assertThat(sshKeygen).contains(fromPub.fingerprint());
    }

    @Test
    void a_line_without_a_key_is_refused_as_host_key_invalid() throws Exception {
        assertThatThrownBy(() -> PinnedHostKey.parse("ssh-ed25519 not-base64!"))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.id()).isEqualTo("sftp-host-key-invalid"));
        assertThatThrownBy(() -> PinnedHostKey.read(Files.writeString(tmp.resolve("empty"), "# nothing\n")))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.id()).isEqualTo("sftp-host-key-invalid"));
    }

    @Test
    void an_unreadable_private_key_is_refused_when_the_sender_is_made() throws Exception {
        Path host = OpenSsh.keygen(tmp, "host", "ed25519");
        Path notAKey = Files.writeString(tmp.resolve("id_broken"), "-----BEGIN OPENSSH PRIVATE KEY-----\ngarbage\n");
        SftpTarget target = SftpTarget.of("127.0.0.1", 2222, "310104", notAKey, PinnedHostKey.read(Path.of(host + ".pub")));
        assertThatThrownBy(() -> new SftpSender(target, RetryPolicy.DEFAULT))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.id()).isEqualTo("sftp-private-key-unreadable"));
    }
}
