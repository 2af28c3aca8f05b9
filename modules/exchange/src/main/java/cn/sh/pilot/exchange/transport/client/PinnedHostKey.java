package cn.sh.pilot.exchange.transport.client;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.transport.TransportError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Arrays;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * The one server host key a sender accepts, given out of band by the municipal administrator.
 * Read from an OpenSSH public key line ({@code ssh-ed25519 AAAA... comment}, as in the server's
 * {@code .pub} file) or a {@code known_hosts} line ({@code [host]:port ssh-ed25519 AAAA...}).
 */
public final class PinnedHostKey {

    private final PublicKey key;

    private PinnedHostKey(PublicKey key) {
        this.key = key;
    }

    public static PinnedHostKey of(PublicKey key) {
        return new PinnedHostKey(key);
    }

    /** Parses one OpenSSH public key or known_hosts line. */
    public static PinnedHostKey parse(String line) throws RefusedException {
        String[] tokens = line == null ? new String[0] : line.strip().split("\\s+");
        for (int i = 0; i + 1 < tokens.length; i++) {
            if (KeyUtils.getPublicKeyEntryDecoder(tokens[i]) != null) {
                String entry = String.join(" ", Arrays.copyOfRange(tokens, i, i + 2));
                try {
                    PublicKey key = PublicKeyEntry.parsePublicKeyEntry(entry)
                            .resolvePublicKey(null, null, PublicKeyEntryResolver.FAILING);
                    if (key != null) {
                        return new PinnedHostKey(key);
                    }
                } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
                    throw new RefusedException(TransportError.HOST_KEY_INVALID, e.getMessage(), e);
                }
            }
        }
        throw new RefusedException(TransportError.HOST_KEY_INVALID, "no OpenSSH public key in the given line");
    }

    /** Reads the first key line of a file ({@code .pub} or known_hosts style); {@code #} comments are skipped. */
    public static PinnedHostKey read(Path file) throws RefusedException {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    return parse(line);
                }
            }
        } catch (IOException e) {
            throw new RefusedException(TransportError.HOST_KEY_INVALID, file.toString(), e);
        }
        throw new RefusedException(TransportError.HOST_KEY_INVALID, file + " holds no key");
    }

    public PublicKey publicKey() {
        return key;
    }

    /** The key type as SSH names it, e.g. {@code ssh-ed25519}, {@code ssh-rsa}, {@code ecdsa-sha2-nistp256}. */
    public String keyType() {
        return KeyUtils.getKeyType(key);
    }

    /** SHA-256 fingerprint as {@code ssh-keygen -lf} prints it. */
    public String fingerprint() {
        return KeyUtils.getFingerPrint(key);
    }

    public boolean matches(PublicKey offered) {
        return KeyUtils.compareKeys(key, offered);
    }

    @Override
    public String toString() {
        return keyType() + " " + fingerprint();
    }
}
