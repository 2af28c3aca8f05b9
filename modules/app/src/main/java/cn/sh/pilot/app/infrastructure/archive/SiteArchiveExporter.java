package cn.sh.pilot.app.infrastructure.archive;

import cn.sh.pilot.app.application.ArchiveExporter;
import cn.sh.pilot.app.config.SiteConfig;
import cn.sh.pilot.app.inbox.infrastructure.InboxRuntime;
import cn.sh.pilot.archive.Archive;
import cn.sh.pilot.archive.api.ArchiveError;
import cn.sh.pilot.archive.api.ExportRequest;
import cn.sh.pilot.archive.api.ExportResult;
import cn.sh.pilot.archive.api.Progress;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.signature.SigningKey;
import cn.sh.pilot.review.infrastructure.persistence.JdbcArchiveFeed;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * The console's exports: archive's exporter over {@link DatabaseHistorySource} (review's feed, the inbox's store,
 * ledger and receipts, the audit log), signed with the municipal key the inbox loaded. A site without it (a
 * recommender site) refuses with {@code signing-failed}.
 */
@ApplicationScoped
public class SiteArchiveExporter implements ArchiveExporter {

    static final String FOLDER = "archive-exports";

    @Resource(lookup = "java:app/jdbc/pilot")
    DataSource dataSource;
    @Inject
    SiteConfig site;
    @Inject
    InboxRuntime inbox;

    @Override
    public Path folder() {
        return site.dataDir().toAbsolutePath().normalize().resolve(FOLDER);
    }

    @Override
    public ExportResult export(ExportRequest request, Progress progress) throws RefusedException {
        SigningKey key = inbox.signingKey().orElseThrow(() -> new RefusedException(ArchiveError.SIGNING_FAILED,
                "no municipal key on this site (" + site.siteRole() + ")"));
        DatabaseHistorySource source;
        try {
            source = new DatabaseHistorySource(dataSource, site.dataDir(), new JdbcArchiveFeed(dataSource));
        } catch (IOException e) {
            throw new RefusedException(ArchiveError.SOURCE_FAILED, e.getMessage(), e);
        }
        return Archive.exporter(source, key, Clock.systemUTC()).export(request, progress);
    }
}
