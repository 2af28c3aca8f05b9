package cn.sh.pilot.app.infrastructure.review;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.transport.client.PinnedHostKey;
import cn.sh.pilot.exchange.transport.client.RetryPolicy;
import cn.sh.pilot.exchange.transport.client.SftpTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The municipal SFTP endpoint this recommender site sends to: {@code PILOT_MUNICIPAL_SFTP_HOST}, {@code _PORT}
 * (2222), {@code _USER} (default: the site code), {@code _KEY} (private key file, OpenSSH format, unencrypted),
 * {@code _HOST_KEY} (the pinned server host key: a {@code .pub}/known_hosts file or the key line itself),
 * {@code _INBOX} (remote folder, default {@code inbox}), {@code _ATTEMPTS} (5; the wait doubles from 2 s).
 * Sending is offered only when host, key and host key are set. Receipts and decision notices come from
 * {@code _RECEIPTS} (remote folder, default {@code receipts}) every {@code _FETCH_EVERY} (ISO-8601, {@code PT10M};
 * {@code PT0S} = only by the button) and are believed only when signed with the pinned municipal certificate {@code PILOT_MUNICIPAL_CERTIFICATE}
 * (a PEM file: the municipal signing certificate, then the CA that issued it).
 */
@ApplicationScoped
public class MunicipalEndpoint {

    @Inject
    @ConfigProperty(name = "PILOT_MUNICIPAL_SFTP_HOST")
    Optional<String> host;
    @Inject
    @ConfigProperty(name = "PILOT_MUNICIPAL_SFTP_PORT", defaultValue = "2222")
    int port;
    @Inject
    @ConfigProperty(name = "PILOT_MUNICIPAL_SFTP_USER")
    Optional<String> user;
    @Inject
    @ConfigProperty(name = "PILOT_MUNICIPAL_SFTP_KEY")
    Optional<String> key;
    @Inject
    @ConfigProperty(name = "PILOT_MUNICIPAL_SFTP_HOST_KEY")
    Optional<String> hostKey;
    @Inject
    @ConfigProperty(name = "PILOT_MUNICIPAL_SFTP_INBOX", defaultValue = "inbox")
    String inbox;
    @Inject
    @ConfigProperty(name = "PILOT_MUNICIPAL_SFTP_ATTEMPTS", defaultValue = "5")
    int attempts;
    @Inject
    @ConfigProperty(name = "PILOT_SITE_CODE", defaultValue = "310000")
    String siteCode;
    @Inject
    @ConfigProperty(name = "PILOT_MUNICIPAL_SFTP_RECEIPTS", defaultValue = "receipts")
    String receipts;
    @Inject
    @ConfigProperty(name = "PILOT_MUNICIPAL_SFTP_FETCH_EVERY", defaultValue = "PT10M")
    String fetchEvery;
    @Inject
    @ConfigProperty(name = "PILOT_MUNICIPAL_CERTIFICATE")
    Optional<String> certificate;

    public boolean configured() {
        return set(host) && set(key) && set(hostKey);
    }

    /** @throws RefusedException {@code sftp-host-key-invalid} when the pinned key cannot be read */
    public SftpTarget target() throws RefusedException {
        String pinned = hostKey.orElseThrow().strip();
        PinnedHostKey pin = pinned.startsWith("ssh-") || pinned.startsWith("ecdsa-")
                ? PinnedHostKey.parse(pinned) : PinnedHostKey.read(Path.of(pinned));
        return SftpTarget.of(host.orElseThrow().strip(), port, user.filter(MunicipalEndpoint::notBlank).orElse(siteCode),
                Path.of(key.orElseThrow().strip()), pin);
    }

    /** Whether receipts can be fetched and believed: the endpoint and the pinned municipal certificate are set. */
    public boolean canFetch() {
        return configured() && set(certificate);
    }

    /** The pinned municipal certificate file (signing certificate, then its CA). */
    public Optional<Path> certificate() {
        return certificate.filter(MunicipalEndpoint::notBlank).map(c -> Path.of(c.strip()));
    }

    public String receipts() {
        return receipts;
    }

    /** Time between scheduled fetches (ISO-8601, e.g. {@code PT10M}); zero = only on demand. */
    public Duration fetchEvery() {
        try {
            Duration every = Duration.parse(fetchEvery.strip());
            return every.isNegative() ? Duration.ZERO : every;
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalStateException("PILOT_MUNICIPAL_SFTP_FETCH_EVERY must be an ISO-8601 duration such as PT10M: "
                    + fetchEvery, e);
        }
    }

    public String inbox() {
        return inbox;
    }

    public RetryPolicy retries() {
        return RetryPolicy.of(Math.max(1, attempts), Duration.ofSeconds(2));
    }

    private static boolean set(Optional<String> value) {
        return value.filter(MunicipalEndpoint::notBlank).isPresent();
    }

    private static boolean notBlank(String s) {
        return !s.isBlank();
    }
}
