package cn.sh.pilot.exchange.transport.client;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.transport.CompleteFileName;
import cn.sh.pilot.exchange.transport.NoReplaceMove;
import cn.sh.pilot.exchange.transport.SiteFolders;
import cn.sh.pilot.exchange.transport.TransportError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.NamedFactory;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.common.signature.Signature;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.sftp.SftpModuleProperties;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClient.Attributes;
import org.apache.sshd.sftp.client.SftpClient.CloseableHandle;
import org.apache.sshd.sftp.client.SftpClient.DirEntry;
import org.apache.sshd.sftp.client.SftpClient.OpenMode;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

/**
 * Sends packages to, and fetches receipts from, an SFTP server whose host key is pinned.
 *
 * <p>{@link #send} uploads {@code x.zip} as {@code x.zip.part}, checks its size on the server
 * and renames it to {@code x.zip}; the rename never replaces an existing file, so the final name
 * appears only complete and only once. A dropped connection or an unreachable server is retried
 * with exponential backoff, each retry rewriting the temporary file from the start.
 * {@link #fetch} downloads the remote files not yet present locally, each to a temporary local
 * name first. Neither method throws: the outcome records say what happened.
 */
public final class SftpSender implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SftpSender.class.getName());
    private static final AttributeKey<Boolean> HOST_KEY_REFUSED = new AttributeKey<>();
    private static final int CHUNK = 32 * 1024;

    private final SftpTarget target;
    private final RetryPolicy retry;
    private final TransferObserver observer;
    private final KeyPair identity;
    private final SshClient client;

    public SftpSender(SftpTarget target, RetryPolicy retry) throws RefusedException {
        this(target, retry, TransferObserver.NONE);
    }

    /** Reads the private key and prepares the client; throws if the key cannot be read. */
    public SftpSender(SftpTarget target, RetryPolicy retry, TransferObserver observer) throws RefusedException {
        this.target = target;
        this.retry = retry;
        this.observer = observer;
        this.identity = readIdentity(target.privateKey());
        this.client = pinnedClient(target);
        client.start();
    }

    /**
     * Uploads {@code localFile} into {@code remoteDir} under the same name, via a temporary name.
     * A final name that already exists on the server is never overwritten ({@code sftp-remote-exists}).
     */
    public Delivery send(Path localFile, String remoteDir) {
        String name = localFile.getFileName().toString();
        String finalPath = remotePath(remoteDir, name);
        if (!CompleteFileName.isPlainName(name) || CompleteFileName.isTemporary(name)) {
            return Delivery.failed(finalPath, 0, 0, TransportError.LOCAL_NAME_TEMPORARY, name);
        }
        long size;
        try {
            if (!Files.isRegularFile(localFile) || !Files.isReadable(localFile)) {
                return Delivery.failed(finalPath, 0, 0, TransportError.LOCAL_FILE_UNREADABLE, localFile.toString());
            }
            size = Files.size(localFile);
        } catch (IOException e) {
            return Delivery.failed(finalPath, 0, 0, TransportError.LOCAL_FILE_UNREADABLE, e.getMessage());
        }
        Upload upload = new Upload(localFile, finalPath, remotePath(remoteDir, CompleteFileName.temporaryFor(name)), size);
        for (int attempt = 1;; attempt++) {
            try {
                upload.run(attempt);
                LOG.info(() -> "sftp: delivered " + finalPath + " (" + size + " bytes) to " + target.host());
                return Delivery.delivered(finalPath, attempt, size);
            } catch (TransferFailure failure) {
                if (!waitBeforeRetry(attempt, failure)) {
                    return Delivery.failed(finalPath, attempt, size, failure.error(), failure.getMessage());
                }
            }
        }
    }

    /**
     * Downloads every complete file of {@code remoteDir} whose name is not yet in {@code localDir};
     * each is written to a hidden temporary name and then moved to its final name.
     */
    public Fetched fetch(String remoteDir, Path localDir) {
        List<Path> fetched = new ArrayList<>();
        try {
            SiteFolders.createPrivateFolders(localDir);
        } catch (IOException e) {
            return new Fetched(fetched, 0, TransportError.LOCAL_FOLDER_UNWRITABLE, e.getMessage());
        }
        for (int attempt = 1;; attempt++) {
            try {
                fetchOnce(attempt, remoteDir, localDir, fetched);
                return new Fetched(fetched, attempt, null, null);
            } catch (TransferFailure failure) {
                if (!waitBeforeRetry(attempt, failure)) {
                    return new Fetched(fetched, attempt, failure.error(), failure.getMessage());
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        client.stop();
    }

    /** One upload across attempts: remembers whether a rename was already sent. */
    private final class Upload {
        private final Path localFile;
        private final String finalPath;
        private final String temporaryPath;
        private final long size;
        private boolean renameSent;

        Upload(Path localFile, String finalPath, String temporaryPath, long size) {
            this.localFile = localFile;
            this.finalPath = finalPath;
            this.temporaryPath = temporaryPath;
            this.size = size;
        }

        void run(int attempt) throws TransferFailure {
            try (ClientSession session = open(); SftpClient sftp = sftp(session)) {
                requireFolder(sftp, parentOf(finalPath));
                Attributes existing = statOrNull(sftp, finalPath);
                if (existing != null) {
                    if (renameSent && existing.getSize() == size && statOrNull(sftp, temporaryPath) == null) {
                        return; // the previous attempt's rename went through before the connection dropped
                    }
                    throw TransferFailure.permanent(TransportError.REMOTE_EXISTS, finalPath, null);
                }
                write(attempt, sftp);
                Attributes written = sftp.stat(temporaryPath);
                if (written.getSize() != size) {
                    throw TransferFailure.retryable(TransportError.INCOMPLETE_UPLOAD,
                            temporaryPath + " has " + written.getSize() + " of " + size + " bytes", null);
                }
                renameSent = true;
                rename(sftp);
            } catch (IOException e) {
                throw classify(e, finalPath);
            }
        }

        private void write(int attempt, SftpClient sftp) throws IOException, TransferFailure {
            byte[] buffer = new byte[CHUNK];
            long sent = 0;
            try (InputStream in = openLocal();
                    OutputStream out = sftp.write(temporaryPath, CHUNK, OpenMode.Write, OpenMode.Create, OpenMode.Truncate)) {
                for (int n = readLocal(in, buffer); n > 0; n = readLocal(in, buffer)) {
                    out.write(buffer, 0, n);
                    sent += n;
                    observer.progress(attempt, sent, size);
                }
            }
        }

        private void rename(SftpClient sftp) throws IOException, TransferFailure {
            try {
                sftp.rename(temporaryPath, finalPath);
            } catch (SftpException e) {
                if (e.getStatus() == SftpConstants.SSH_FX_FILE_ALREADY_EXISTS || statOrNull(sftp, finalPath) != null) {
                    removeQuietly(sftp, temporaryPath);
                    throw TransferFailure.permanent(TransportError.REMOTE_EXISTS, finalPath, e);
                }
                throw e;
            }
        }

        private InputStream openLocal() throws TransferFailure {
            try {
                return Files.newInputStream(localFile);
            } catch (IOException e) {
                throw TransferFailure.permanent(TransportError.LOCAL_FILE_UNREADABLE, e.getMessage(), e);
            }
        }

        private int readLocal(InputStream in, byte[] buffer) throws TransferFailure {
            try {
                return in.read(buffer);
            } catch (IOException e) {
                throw TransferFailure.permanent(TransportError.LOCAL_FILE_UNREADABLE, e.getMessage(), e);
            }
        }
    }

    private void fetchOnce(int attempt, String remoteDir, Path localDir, List<Path> fetched) throws TransferFailure {
        try (ClientSession session = open(); SftpClient sftp = sftp(session)) {
            for (DirEntry entry : list(sftp, remoteDir)) {
                String name = entry.getFilename();
                Path local = CompleteFileName.isPlainName(name) ? localDir.resolve(name) : null;
                if (local == null || CompleteFileName.isTemporary(name) || !entry.getAttributes().isRegularFile()
                        || Files.exists(local, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                download(sftp, remotePath(remoteDir, name), entry.getAttributes().getSize(), local);
                fetched.add(local);
                LOG.info(() -> "sftp: fetched " + name + " from " + target.host() + " (attempt " + attempt + ")");
            }
        } catch (IOException e) {
            throw classify(e, remoteDir);
        }
    }

    private static List<DirEntry> list(SftpClient sftp, String remoteDir) throws IOException {
        List<DirEntry> entries = new ArrayList<>();
        try (CloseableHandle dir = sftp.openDir(remoteDir)) {
            for (List<DirEntry> batch = sftp.readDir(dir); batch != null; batch = sftp.readDir(dir)) {
                entries.addAll(batch);
            }
        }
        return entries;
    }

    private static void download(SftpClient sftp, String remote, long size, Path local) throws IOException, TransferFailure {
        Path temporary = local.resolveSibling("." + local.getFileName() + CompleteFileName.TEMPORARY_SUFFIX);
        byte[] buffer = new byte[CHUNK];
        long received = 0;
        try (InputStream in = sftp.read(remote); OutputStream out = openLocalOutput(temporary)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                writeLocal(out, buffer, n, temporary);
                received += n;
            }
        }
        if (size >= 0 && received != size) {
            throw TransferFailure.retryable(TransportError.CONNECTION_LOST, remote + ": " + received + " of " + size + " bytes", null);
        }
        try {
            NoReplaceMove.move(temporary, local);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(temporary); // fetched meanwhile by someone else: theirs stays
        } catch (IOException e) {
            throw TransferFailure.permanent(TransportError.LOCAL_FOLDER_UNWRITABLE, e.getMessage(), e);
        }
    }

    private static OutputStream openLocalOutput(Path temporary) throws TransferFailure {
        try {
            OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            SiteFolders.restrict(temporary, SiteFolders.FILE_PERMISSIONS);
            return out;
        } catch (IOException e) {
            throw TransferFailure.permanent(TransportError.LOCAL_FOLDER_UNWRITABLE, e.getMessage(), e);
        }
    }

    private static void writeLocal(OutputStream out, byte[] buffer, int n, Path temporary) throws TransferFailure {
        try {
            out.write(buffer, 0, n);
        } catch (IOException e) {
            throw TransferFailure.permanent(TransportError.LOCAL_FOLDER_UNWRITABLE, temporary + ": " + e.getMessage(), e);
        }
    }

    /** Connects and authenticates; failures are classified here (host key, auth, network). */
    private ClientSession open() throws TransferFailure {
        Duration timeout = target.timeout();
        ClientSession session;
        try {
            session = client.connect(target.user(), target.host(), target.port()).verify(timeout).getSession();
        } catch (IOException | RuntimeException e) {
            throw TransferFailure.retryable(TransportError.UNREACHABLE,
                    target.host() + ":" + target.port() + ": " + e.getMessage(), e);
        }
        try {
            session.addPublicKeyIdentity(identity);
            session.auth().verify(timeout);
            return session;
        } catch (IOException | RuntimeException e) {
            // the verifier's mark, or MINA's own words when the session closed before the mark was read
            boolean hostKeyRefused = Boolean.TRUE.equals(session.getAttribute(HOST_KEY_REFUSED))
                    || causeSays(e, "did not validate");
            closeQuietly(session);
            if (hostKeyRefused) {
                throw TransferFailure.permanent(TransportError.HOST_KEY_MISMATCH,
                        target.host() + ":" + target.port() + " does not present " + target.hostKey(), e);
            }
            if (String.valueOf(e.getMessage()).contains("No more authentication methods")) {
                throw TransferFailure.permanent(TransportError.AUTH_REFUSED, target.user() + "@" + target.host(), e);
            }
            throw TransferFailure.retryable(TransportError.CONNECTION_LOST, e.getMessage(), e);
        }
    }

    private static boolean causeSays(Throwable e, String words) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains(words)) {
                return true;
            }
        }
        return false;
    }

    private static SftpClient sftp(ClientSession session) throws IOException {
        return SftpClientFactory.instance().createSftpClient(session);
    }

    private static TransferFailure classify(IOException e, String path) {
        if (e instanceof SftpException sftp) {
            switch (sftp.getStatus()) {
                case SftpConstants.SSH_FX_NO_SUCH_FILE, SftpConstants.SSH_FX_NO_SUCH_PATH:
                    return TransferFailure.permanent(TransportError.REMOTE_FOLDER_MISSING, path + ": " + e.getMessage(), e);
                case SftpConstants.SSH_FX_PERMISSION_DENIED:
                    return TransferFailure.permanent(TransportError.PERMISSION_DENIED, path + ": " + e.getMessage(), e);
                case SftpConstants.SSH_FX_FILE_ALREADY_EXISTS:
                    return TransferFailure.permanent(TransportError.REMOTE_EXISTS, path, e);
                default:
                    break;
            }
        }
        return TransferFailure.retryable(TransportError.CONNECTION_LOST, path + ": " + e, e);
    }

    private static void requireFolder(SftpClient sftp, String folder) throws IOException, TransferFailure {
        Attributes attributes = statOrNull(sftp, folder);
        if (attributes == null || !attributes.isDirectory()) {
            throw TransferFailure.permanent(TransportError.REMOTE_FOLDER_MISSING, folder, null);
        }
    }

    private static Attributes statOrNull(SftpClient sftp, String path) throws IOException {
        try {
            return sftp.stat(path);
        } catch (SftpException e) {
            if (e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE || e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_PATH) {
                return null;
            }
            throw e;
        }
    }

    private static void removeQuietly(SftpClient sftp, String path) {
        try {
            sftp.remove(path);
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot remove " + path, e);
        }
    }

    /** Reports the failure; waits and returns true when another attempt should follow. */
    private boolean waitBeforeRetry(int attempt, TransferFailure failure) {
        boolean again = failure.isRetryable() && attempt < retry.attempts();
        Duration wait = again ? retry.delayAfter(attempt) : null;
        LOG.log(again ? Level.INFO : Level.WARNING, () -> "sftp: attempt " + attempt + " to " + target.host() + ":"
                + target.port() + " failed: " + failure.error().id() + " (" + failure.getMessage() + ")"
                + (again ? ", retrying in " + wait.toMillis() + " ms" : ""));
        observer.attemptFailed(attempt, failure.error(), failure.getMessage(), wait);
        if (!again) {
            return false;
        }
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String remotePath(String remoteDir, String name) {
        String dir = remoteDir == null ? "" : remoteDir.strip();
        while (dir.length() > 1 && dir.endsWith("/")) {
            dir = dir.substring(0, dir.length() - 1);
        }
        if (dir.isEmpty() || dir.equals(".")) {
            return name;
        }
        return dir.equals("/") ? "/" + name : dir + "/" + name;
    }

    private static String parentOf(String remotePath) {
        int slash = remotePath.lastIndexOf('/');
        return slash < 0 ? "." : slash == 0 ? "/" : remotePath.substring(0, slash);
    }

    private static KeyPair readIdentity(Path privateKey) throws RefusedException {
        try (InputStream in = Files.newInputStream(privateKey)) {
            Iterable<KeyPair> pairs = SecurityUtils.loadKeyPairIdentities(null,
                    NamedResource.ofName(privateKey.toString()), in, null);
            Iterator<KeyPair> keys = pairs == null ? java.util.Collections.emptyIterator() : pairs.iterator();
            if (keys.hasNext()) {
                return keys.next();
            }
            throw new RefusedException(TransportError.PRIVATE_KEY_UNREADABLE, privateKey + " holds no key");
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new RefusedException(TransportError.PRIVATE_KEY_UNREADABLE, privateKey + ": " + e.getMessage(), e);
        }
    }

    /** A client that accepts only the pinned host key and offers only the pinned key's algorithms. */
    private static SshClient pinnedClient(SftpTarget target) {
        SshClient client = SshClient.setUpDefaultClient();
        List<NamedFactory<Signature>> all = client.getSignatureFactories();
        String pinnedType = KeyUtils.getCanonicalKeyType(target.hostKey().keyType());
        List<NamedFactory<Signature>> forPinnedKey = all.stream()
                .filter(f -> !f.getName().contains("-cert-") && pinnedType.equals(KeyUtils.getCanonicalKeyType(f.getName())))
                .toList();
        client.setSignatureFactories(forPinnedKey.isEmpty() ? all : forPinnedKey);
        client.setUserAuthFactories(List.of(new UserAuthPublicKeyFactory(all)));
        client.setServerKeyVerifier((session, address, offered) -> {
            if (target.hostKey().matches(offered)) {
                return true;
            }
            session.setAttribute(HOST_KEY_REFUSED, Boolean.TRUE);
            LOG.warning(() -> "sftp: " + address + " presented host key " + KeyUtils.getKeyType(offered) + " "
                    + KeyUtils.getFingerPrint(offered) + ", pinned is " + target.hostKey());
            return false;
        });
        client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
        client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
        CoreModuleProperties.IDLE_TIMEOUT.set(client, target.timeout().multipliedBy(2));
        SftpModuleProperties.SFTP_CHANNEL_OPEN_TIMEOUT.set(client, target.timeout());
        return client;
    }

    private static void closeQuietly(ClientSession session) {
        try {
            session.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "close", e);
        }
    }
}
