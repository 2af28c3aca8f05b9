package cn.sh.pilot.app.inbox.infrastructure;

import cn.sh.pilot.app.config.SiteConfig;
import cn.sh.pilot.app.config.SiteRole;
import cn.sh.pilot.exchange.inbox.InboxFolders;
import cn.sh.pilot.exchange.inbox.InboxPipeline;
import cn.sh.pilot.exchange.inbox.InboxRecovery;
import cn.sh.pilot.exchange.inbox.PackageHandler;
import cn.sh.pilot.exchange.signature.SigningKey;
import cn.sh.pilot.exchange.inbox.PackageStore;
import cn.sh.pilot.exchange.receipt.ReceiptWriter;
import cn.sh.pilot.exchange.signature.PackageVerifier;
import cn.sh.pilot.exchange.transport.endpoint.EndpointSettings;
import cn.sh.pilot.exchange.transport.endpoint.SftpEndpoint;
import cn.sh.pilot.exchange.transport.inbox.InboxArrival;
import cn.sh.pilot.exchange.transport.inbox.InboxWatcher;
import cn.sh.pilot.exchange.trust.TrustStore;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The municipal inbox, started with the application (site role {@code MUNICIPAL} only), in the
 * order exchange prescribes: recovery of what a crash left ({@code onStart}) → the watcher over the
 * SFTP and drop folders → a sweep every minute. Then the SFTP endpoint opens. Database work runs on
 * the container's managed executor (JTA and JPA need container threads, not the watcher's or SSH's).
 */
@Singleton(name = "InboxRuntime")
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InboxRuntime {

    private static final Logger LOG = Logger.getLogger(InboxRuntime.class.getName());
    private static final Duration SWEEP = Duration.ofMinutes(1);

    @Inject
    SiteConfig site;
    @Inject
    JdbcPackageLedger ledger;
    @Inject
    JtaTransactionRunner transactions;
    @Inject
    JdbcTrustStore trust;
    @Inject
    JdbcSftpAccounts accounts;
    @Inject
    Instance<PackageHandler> handlers;
    @Resource
    ManagedExecutorService executor;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    @ConfigProperty(name = "PILOT_SFTP_PORT", defaultValue = "2222")
    int sftpPort;
    @Inject
    @ConfigProperty(name = "PILOT_SIGNING_KEYSTORE")
    Optional<String> keystore;
    @Inject
    @ConfigProperty(name = "PILOT_SIGNING_PASSWORD")
    Optional<String> keystorePassword;
    @Inject
    @ConfigProperty(name = "PILOT_INSTANCE_NAME")
    Optional<String> instanceName;

    private SigningKey signingKey;
    private InboxPipeline pipeline;
    private InboxWatcher watcher;
    private SftpEndpoint endpoint;
    private ScheduledFuture<?> sweeps;

    @PostConstruct
    void start() {
        if (site.siteRole() != SiteRole.MUNICIPAL) {
            LOG.info("Site role " + site.siteRole() + ": no municipal inbox");
            return;
        }
        Path data = site.dataDir();
        Path sftpRoot = data.resolve("sftp");
        try {
            MunicipalKey.Loaded key = MunicipalKey.load(keystore, keystorePassword, data);
            signingKey = key.key();
            key.demoAuthority().ifPresent(trust::addAuthority);
            trust.register(TrustStore.MUNICIPAL_CODE, key.key().certificate());
            InboxPipeline.Builder builder = InboxPipeline.builder()
                    .store(PackageStore.open(data))
                    .ledger(ledger)
                    .transactions(transactions)
                    .verifier(new PackageVerifier(trust))
                    .receipts(new ReceiptWriter(key.key()), new InboxFolders(sftpRoot, data))
                    .clock(Clock.tick(Clock.systemUTC(), Duration.ofMillis(1)))
                    .instance(instance());
            for (PackageHandler handler : handlers) {
                builder.handler(handler);
                LOG.info(() -> "Inbox handler for " + handler.document() + ": " + handler.getClass().getName());
            }
            pipeline = builder.build();
            InboxRecovery recovery = new InboxRecovery(pipeline);
            InboxRecovery.Summary summary = recovery.onStart();
            LOG.info(() -> "Inbox recovery at start: " + summary);
            watcher = InboxWatcher.start(sftpRoot, data, this::take);
            sweeps = scheduler.scheduleWithFixedDelay(() -> sweep(recovery), SWEEP.toSeconds(), SWEEP.toSeconds(),
                    TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the municipal inbox cannot start: " + e.getMessage(), e);
        }
        try {
            endpoint = SftpEndpoint.start(EndpointSettings.of(sftpRoot, data.resolve("sftp-host-key")).withPort(sftpPort),
                    this::authorizedKeys);
            LOG.info(() -> "SFTP endpoint on port " + endpoint.port() + ", host key " + endpoint.hostKeyLine());
        } catch (Exception e) {
            // the drop folder still works; the console and the log say why SFTP does not
            LOG.log(Level.SEVERE, "SFTP endpoint not started on port " + sftpPort + ": " + e.getMessage(), e);
        }
    }

    /** The municipal key: receipts, decision notices, notices to guarantors, archive exports; empty on a recommender site. */
    public Optional<SigningKey> signingKey() {
        return Optional.ofNullable(signingKey);
    }

    private String instance() {
        return instanceName.filter(n -> !n.isBlank()).orElseGet(() -> {
            try {
                return InetAddress.getLocalHost().getHostName() + ":" + site.dataDir();
            } catch (IOException e) {
                return "pilot:" + site.dataDir();
            }
        });
    }

    /** The watcher's listener: imports on a container thread and waits, so a failure is offered again at the next rescan. */
    private void take(InboxArrival arrival) {
        try {
            executor.submit(() -> {
                pipeline.take(arrival);
                return null;
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "inbox: " + arrival.file() + " not taken yet: " + e.getCause(), e.getCause());
            throw new IllegalStateException(e.getCause());
        }
    }

    private Collection<java.security.PublicKey> authorizedKeys(String code) {
        try {
            return executor.submit(() -> List.copyOf(accounts.authorizedKeys(code))).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "SFTP login of " + code + ": keys not readable: " + e, e);
            return List.of();
        }
    }

    private void sweep(InboxRecovery recovery) {
        try {
            InboxRecovery.Summary summary = recovery.sweep();
            if (summary.judged() + summary.receiptsWritten() + summary.sourcesRemoved() + summary.failures() > 0) {
                LOG.info(() -> "Inbox sweep: " + summary);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Inbox sweep failed: " + e.getMessage(), e);
        }
    }

    /** The pipeline, for the console's re-run; empty on a recommender site. */
    public Optional<InboxPipeline> pipeline() {
        return Optional.ofNullable(pipeline);
    }

    /** The SFTP endpoint's host key line, for recommenders to pin; empty if it is not running. */
    public Optional<String> hostKeyLine() {
        return Optional.ofNullable(endpoint).map(SftpEndpoint::hostKeyLine);
    }

    @PreDestroy
    void stop() {
        if (sweeps != null) {
            sweeps.cancel(false);
        }
        for (AutoCloseable c : new AutoCloseable[] {endpoint, watcher}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception e) {
                    LOG.log(Level.WARNING, "closing " + c + ": " + e.getMessage(), e);
                }
            }
        }
    }
}
