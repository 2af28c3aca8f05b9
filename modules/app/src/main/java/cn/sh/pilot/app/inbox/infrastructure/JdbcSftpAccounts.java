package cn.sh.pilot.app.inbox.infrastructure;

import cn.sh.pilot.exchange.transport.RecommenderCode;
import cn.sh.pilot.exchange.transport.endpoint.SftpAccounts;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

import static cn.sh.pilot.app.inbox.infrastructure.Sql.bind;

/**
 * SFTP accounts in the database ({@code sftp_key}): one account per recommender code, with the SSH
 * public keys an administrator registered. Read at every login, so a removed key is refused at once.
 */
@ApplicationScoped
@Transactional(value = TxType.REQUIRED, rollbackOn = Exception.class)
public class JdbcSftpAccounts implements SftpAccounts {

    private static final Logger LOG = Logger.getLogger(JdbcSftpAccounts.class.getName());

    @Resource(lookup = "java:app/jdbc/pilot")
    DataSource dataSource;

    /** A registered key, as the console lists it. */
    public record SshKey(String fingerprint, String code, String keyLine, Instant registeredAt) {
    }

    /** A key line that is not an OpenSSH public key. */
    public static final class InvalidKeyException extends Exception {
        InvalidKeyException(String message) {
            super(message);
        }
    }

    @Override
    public Collection<PublicKey> authorizedKeys(String recommenderCode) {
        List<PublicKey> keys = new ArrayList<>();
        if (!RecommenderCode.isValid(recommenderCode)) {
            return keys;
        }
        for (SshKey key : keys(recommenderCode)) {
            try {
                keys.add(AuthorizedKeyEntry.parseAuthorizedKeyEntry(key.keyLine())
                        .resolvePublicKey(null, PublicKeyEntryResolver.IGNORING));
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                LOG.log(Level.WARNING, "unreadable SSH key " + key.fingerprint() + " of " + recommenderCode, e);
            }
        }
        return keys;
    }

    /** Parses an OpenSSH public key line and returns its fingerprint ({@code SHA256:…}). */
    public static String fingerprintOf(String keyLine) throws InvalidKeyException {
        try {
            AuthorizedKeyEntry entry = AuthorizedKeyEntry.parseAuthorizedKeyEntry(keyLine.strip());
            PublicKey key = entry == null ? null : entry.resolvePublicKey(null, PublicKeyEntryResolver.IGNORING);
            if (key == null) {
                throw new InvalidKeyException("not an OpenSSH public key line");
            }
            return KeyUtils.getFingerPrint(key);
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new InvalidKeyException("not an OpenSSH public key line: " + e.getMessage());
        }
    }

    /** Registers a key line for the account; false if it was registered already. */
    public boolean register(String code, String keyLine) throws InvalidKeyException {
        if (!RecommenderCode.isValid(code)) {
            throw new InvalidKeyException("not a recommender code: " + code);
        }
        String fp = fingerprintOf(keyLine);
        return update("INSERT INTO sftp_key (fingerprint, code, key_line, registered_at) SELECT ?, ?, ?, ?"
                + " FROM (VALUES (1)) AS one (x) WHERE NOT EXISTS (SELECT 1 FROM sftp_key WHERE fingerprint = ? AND code = ?)",
                fp, code, keyLine.strip(), Instant.now(), fp, code) == 1;
    }

    /** Removes a key from the account; false if it was not there. */
    public boolean remove(String code, String fingerprint) {
        return update("DELETE FROM sftp_key WHERE code = ? AND fingerprint = ?", code, fingerprint) == 1;
    }

    /** The keys of one account, or of all (null). */
    public List<SshKey> keys(String code) {
        List<SshKey> out = new ArrayList<>();
        String sql = "SELECT fingerprint, code, key_line, registered_at FROM sftp_key"
                + (code == null ? "" : " WHERE code = ?") + " ORDER BY code, registered_at";
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            if (code != null) {
                bind(st, code);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new SshKey(rs.getString(1), rs.getString(2), rs.getString(3), Sql.instant(rs, "registered_at")));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int update(String sql, Object... values) {
        return Sql.update(dataSource, sql, values);
    }
}
