package cn.sh.pilot.app.infrastructure.review;

import cn.sh.pilot.app.application.ReceiptFetching;
import cn.sh.pilot.app.config.SiteConfig;
import cn.sh.pilot.app.config.SiteRole;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Recommender site only: fetches receipts and decision notices every {@code PILOT_MUNICIPAL_SFTP_FETCH_EVERY}
 * (the first round after that time, at most one minute after the start) on the container's {@link ManagedScheduledExecutorService}, when the endpoint
 * and the pinned municipal certificate are configured. The button on the batches page fetches at once.
 */
@Singleton(name = "ReceiptSchedule")
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReceiptSchedule {

    private static final Logger LOG = Logger.getLogger(ReceiptSchedule.class.getName());
    private static final Duration FIRST = Duration.ofMinutes(1);

    @Inject
    SiteConfig site;
    @Inject
    MunicipalEndpoint endpoint;
    @Inject
    ReceiptFetching fetching;
    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> rounds;

    @PostConstruct
    void start() {
        if (site.siteRole() != SiteRole.RECOMMENDER) {
            return;
        }
        Duration every = endpoint.fetchEvery();
        if (!endpoint.canFetch() || every.isZero()) {
            LOG.info(() -> "Receipts are fetched on demand only (endpoint and PILOT_MUNICIPAL_CERTIFICATE configured: "
                    + endpoint.canFetch() + ", PILOT_MUNICIPAL_SFTP_FETCH_EVERY=" + every + ")");
            return;
        }
        long millis = every.toMillis();
        rounds = scheduler.scheduleWithFixedDelay(this::round, Math.min(millis, FIRST.toMillis()), millis,
                TimeUnit.MILLISECONDS);
        LOG.info(() -> "Receipts are fetched every " + every + " from " + endpoint.receipts());
    }

    private void round() {
        try {
            fetching.fetch();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "receipts: scheduled fetch failed: " + e.getMessage(), e);
        }
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }
}
