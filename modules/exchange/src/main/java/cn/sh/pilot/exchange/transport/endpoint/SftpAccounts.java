package cn.sh.pilot.exchange.transport.endpoint;

import java.security.PublicKey;
import java.util.Collection;

/**
 * The SFTP accounts: one per recommender code, with the SSH public keys registered for it.
 * The application backs it with its database; {@link FolderSftpAccounts} reads folders.
 */
@FunctionalInterface
public interface SftpAccounts {

    /**
     * The public keys that may log in as {@code recommenderCode}; empty when the account is
     * unknown or disabled. Called on every login, so a key revoked here is refused at once.
     */
    Collection<PublicKey> authorizedKeys(String recommenderCode);
}
