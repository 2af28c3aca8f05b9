package cn.sh.pilot.app.infrastructure.projects;

import cn.sh.pilot.app.application.ProjectDesk;
import cn.sh.pilot.app.config.SiteConfig;
import cn.sh.pilot.app.config.SiteRole;
import cn.sh.pilot.projects.domain.term.Reminder;
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

import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily reminder job of the municipal site: shortly after the start and then every hour it asks
 * {@link ProjectDesk#remind()} for the reminders due up to today by the site clock. A day is covered once (the run
 * row remembers it and is locked while a run works), so running hourly means "daily, and caught up after a restart".
 */
@Singleton(name = "ReminderJob")
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

    @Inject
    SiteConfig site;
    @Inject
    ProjectDesk desk;
    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> runs;

    @PostConstruct
    void start() {
        if (site.siteRole() != SiteRole.MUNICIPAL) {
            return;
        }
        runs = scheduler.scheduleWithFixedDelay(this::run, 20, 3600, TimeUnit.SECONDS);
    }

    void run() {
        try {
            List<Reminder> created = desk.remind();
            if (!created.isEmpty()) {
                LOG.info(() -> created.size() + " reminder(s) to guarantors: " + created);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reminder run failed (tried again within the hour): " + e.getMessage(), e);
        }
    }

    @PreDestroy
    void stop() {
        if (runs != null) {
            runs.cancel(false);
        }
    }
}
