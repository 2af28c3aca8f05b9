package cn.sh.pilot.exchange.transport.endpoint;

import cn.sh.pilot.exchange.transport.SiteFolders;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.Iterator;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * The endpoint's persistent host key: {@code <folder>/ssh_host_ed25519_key} (OpenSSH format,
 * {@code 0600}) and its {@code .pub} line, generated on first start and reused afterwards, so
 * that senders can pin it.
 */
final class HostKeyFile {

    static final String NAME = "ssh_host_ed25519_key";

    private HostKeyFile() {
    }

    static KeyPair loadOrCreate(Path folder) throws IOException, GeneralSecurityException {
        Path dir = folder.toAbsolutePath().normalize();
        Path key = dir.resolve(NAME);
        if (Files.isRegularFile(key)) {
            return load(key);
        }
        Files.createDirectories(dir);
        SiteFolders.restrict(dir, PosixFilePermissions.fromString("rwx------"));
        KeyPair pair = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        Path temporary = Files.createTempFile(dir, ".host-key", ".tmp");
        SiteFolders.restrict(temporary, PosixFilePermissions.fromString("rw-------"));
        try (OutputStream out = Files.newOutputStream(temporary)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, "pilot-sftp-endpoint", null, out);
        }
        Files.writeString(dir.resolve(NAME + ".pub"), publicLine(pair) + " pilot-sftp-endpoint\n", StandardCharsets.US_ASCII);
        Files.move(temporary, key, StandardCopyOption.ATOMIC_MOVE);
        return pair;
    }

    /** The public key as one OpenSSH line without comment, e.g. {@code ssh-ed25519 AAAA...}. */
    static String publicLine(KeyPair pair) {
        return PublicKeyEntry.toString(pair.getPublic());
    }

    private static KeyPair load(Path key) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(key)) {
            Iterable<KeyPair> pairs = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName(key.toString()), in, null);
            Iterator<KeyPair> it = pairs == null ? null : pairs.iterator();
            if (it == null || !it.hasNext()) {
                throw new GeneralSecurityException("no key pair in " + key);
            }
            return it.next();
        }
    }
}
