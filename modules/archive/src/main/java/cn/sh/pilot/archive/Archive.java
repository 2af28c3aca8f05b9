package cn.sh.pilot.archive;

import java.time.Clock;

import cn.sh.pilot.archive.api.ProjectHistorySource;
import cn.sh.pilot.archive.application.ArchiveExport;
import cn.sh.pilot.archive.application.ArchiveVerifier;
import cn.sh.pilot.archive.domain.retention.RetentionPolicy;
import cn.sh.pilot.archive.infrastructure.bag.FolderBagInspector;
import cn.sh.pilot.archive.infrastructure.bag.FolderBagStore;
import cn.sh.pilot.archive.infrastructure.xml.ArchivalRecordInspector;
import cn.sh.pilot.archive.infrastructure.xml.ArchivalRecordSerializer;
import cn.sh.pilot.exchange.signature.PackageVerifier;
import cn.sh.pilot.exchange.signature.SigningKey;
import cn.sh.pilot.exchange.trust.TrustStore;

/**
 * Assembles the archive's use cases with their file-system and XML adapters, so that a console page, a
 * CDI producer or a picocli command is a few lines:
 *
 * <pre>{@code
 * ExportResult r = Archive.exporter(source, SigningKey.fromPkcs12(p12, pw), Clock.systemUTC())
 *         .export(new ExportRequest(selection, Path.of("export-2025"), BagFormat.ZIP, exporter), progressBar);
 * ArchiveReport report = Archive.verifier(FolderTrustStore.load(trustDir), Clock.systemUTC())
 *         .verify(Path.of("export-2025.zip"), progressBar, check -> out.println(check.line()));
 * }</pre>
 */
public final class Archive {

    private Archive() {
    }

    /** An export use case reading {@code source} and signing with the municipal key. */
    public static ArchiveExport exporter(ProjectHistorySource source, SigningKey municipalKey, Clock clock) {
        return new ArchiveExport(source, new ArchivalRecordSerializer(), new FolderBagStore(municipalKey, clock),
                new RetentionPolicy(), clock);
    }

    /** An offline verifier trusting {@code trust} (e.g. {@code FolderTrustStore.load(folder)}). */
    public static ArchiveVerifier verifier(TrustStore trust, Clock clock) {
        return new ArchiveVerifier(new FolderBagInspector(trust, clock), new ArchivalRecordInspector(),
                new PackageVerifier(trust, cn.sh.pilot.exchange.container.PackageLimits.defaults(), clock));
    }
}
