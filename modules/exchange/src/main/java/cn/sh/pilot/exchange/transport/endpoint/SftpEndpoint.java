package cn.sh.pilot.exchange.transport.endpoint;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.transport.RecommenderCode;
import cn.sh.pilot.exchange.transport.SiteFolders;
import cn.sh.pilot.exchange.transport.TransportError;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import java.util.logging.Logger;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.channel.ChannelSessionFactory;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * The municipal site's SFTP endpoint. Each recommender logs in with its code as user name and a
 * registered key; it sees only its own {@code inbox/} (upload under a temporary name, rename to
 * {@code *.zip}) and {@code receipts/} (read). Password and keyboard-interactive authentication,
 * shell, exec, port and agent forwarding are all refused.
 *
 * <pre>{@code
 * try (SftpEndpoint endpoint = SftpEndpoint.start(EndpointSettings.of(root, keys), accounts)) { ... }
 * }</pre>
 */
public final class SftpEndpoint implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SftpEndpoint.class.getName());

    private final SshServer server;
    private final KeyPair hostKey;
    private final SiteFolders sites;

    private SftpEndpoint(SshServer server, KeyPair hostKey, SiteFolders sites) {
        this.server = server;
        this.hostKey = hostKey;
        this.sites = sites;
    }

    /** Starts listening; the host key is read from (or first generated into) the host key folder. */
    public static SftpEndpoint start(EndpointSettings settings, SftpAccounts accounts) throws RefusedException {
        KeyPair hostKey;
        try {
            hostKey = HostKeyFile.loadOrCreate(settings.hostKeyFolder());
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new RefusedException(TransportError.HOST_KEY_STORE_FAILED, settings.hostKeyFolder().toString(), e);
        }
        SiteFolders sites = SiteFolders.sftp(settings.root());
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost(settings.host());
        server.setPort(settings.port());
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        // public key only: no password, keyboard-interactive, GSS or host-based authentication
        server.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE));
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setGSSAuthenticator(null);
        server.setHostBasedAuthenticator(null);
        server.setPublickeyAuthenticator((user, key, session) -> isRegistered(accounts, user, key));
        // sftp subsystem only: no shell, no exec, no forwarding of ports, X11 or agent
        server.setShellFactory(null);
        server.setCommandFactory(null);
        server.setAgentFactory(null);
        server.setChannelFactories(List.of(ChannelSessionFactory.INSTANCE));
        server.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        server.setFileSystemFactory(new SiteFileSystemFactory(sites));
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory.Builder()
                .withFileSystemAccessor(new SiteFileSystemAccessor(new SiteAccessPolicy()))
                .build()));
        try {
            SiteFolders.createPrivateFolders(sites.base());
            server.start();
        } catch (IOException | RuntimeException e) {
            throw new RefusedException(TransportError.ENDPOINT_START_FAILED,
                    settings.host() + ":" + settings.port() + " (" + e.getMessage() + ")", e);
        }
        LOG.info(() -> "SFTP endpoint on " + settings.host() + ":" + server.getPort() + ", host key "
                + KeyUtils.getFingerPrint(hostKey.getPublic()));
        return new SftpEndpoint(server, hostKey, sites);
    }

    private static boolean isRegistered(SftpAccounts accounts, String user, PublicKey offered) {
        if (!RecommenderCode.isValid(user)) {
            return false;
        }
        boolean known = accounts.authorizedKeys(user).stream().anyMatch(k -> KeyUtils.compareKeys(k, offered));
        if (!known) {
            LOG.info(() -> "sftp: key " + KeyUtils.getFingerPrint(offered) + " not registered for " + user);
        }
        return known;
    }

    /** The port actually listened on (useful with port 0). */
    public int port() {
        return server.getPort();
    }

    public PublicKey hostKey() {
        return hostKey.getPublic();
    }

    /** The host key as one OpenSSH line ({@code ssh-ed25519 AAAA...}) for senders to pin. */
    public String hostKeyLine() {
        return HostKeyFile.publicLine(hostKey);
    }

    /** The host key's SHA-256 fingerprint, as {@code ssh-keygen -lf} shows it. */
    public String hostKeyFingerprint() {
        return KeyUtils.getFingerPrint(hostKey.getPublic());
    }

    /** The site folders served ({@code <root>/sites/<code>/...}). */
    public SiteFolders sites() {
        return sites;
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }
}
