package cn.sh.pilot.exchange.transport.endpoint;

import cn.sh.pilot.exchange.transport.RecommenderCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Collection;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * Accounts kept as files, for tests and the command line:
 * {@code <root>/accounts/<code>/authorized_keys}, in OpenSSH {@code authorized_keys} format.
 * The file is read on every login.
 */
public final class FolderSftpAccounts implements SftpAccounts {

    private static final Logger LOG = Logger.getLogger(FolderSftpAccounts.class.getName());

    private final Path accounts;

    public FolderSftpAccounts(Path root) {
        this.accounts = root.toAbsolutePath().normalize().resolve("accounts");
    }

    /** The {@code authorized_keys} file of one account. */
    public Path authorizedKeysFile(String recommenderCode) {
        return accounts.resolve(RecommenderCode.require(recommenderCode)).resolve("authorized_keys");
    }

    /** Registers one more public key line (OpenSSH format) for the account. */
    public void register(String recommenderCode, String publicKeyLine) throws IOException {
        Path file = authorizedKeysFile(recommenderCode);
        Files.createDirectories(file.getParent());
        Files.writeString(file, publicKeyLine.strip() + "\n", java.nio.charset.StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    @Override
    public Collection<PublicKey> authorizedKeys(String recommenderCode) {
        if (!RecommenderCode.isValid(recommenderCode)) {
            return List.of();
        }
        Path file = authorizedKeysFile(recommenderCode);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<AuthorizedKeyEntry> entries = AuthorizedKeyEntry.readAuthorizedKeys(file);
            return PublicKeyEntry.resolvePublicKeyEntries(null, entries, PublicKeyEntryResolver.IGNORING);
        } catch (IOException | GeneralSecurityException e) {
            LOG.log(Level.WARNING, "cannot read " + file + ": " + e.getMessage(), e);
            return List.of();
        }
    }
}
