package cn.sh.pilot.app.infrastructure.intake;

import cn.sh.pilot.app.config.SiteConfig;
import cn.sh.pilot.contracts.audit.AuditTrail;
import cn.sh.pilot.intake.application.AttachFile;
import cn.sh.pilot.intake.application.DecideRecommendation;
import cn.sh.pilot.intake.application.DraftApplication;
import cn.sh.pilot.intake.application.ImportApplicationXml;
import cn.sh.pilot.intake.application.RecordAdverseRecord;
import cn.sh.pilot.intake.application.RecordInternalStandardizationOverride;
import cn.sh.pilot.intake.application.ReviseApplication;
import cn.sh.pilot.intake.application.SubmitApplication;
import cn.sh.pilot.intake.application.WithdrawApplication;
import cn.sh.pilot.intake.infrastructure.pdf.ApplicationFormPdf;
import cn.sh.pilot.intake.infrastructure.persistence.FileAttachmentStore;
import cn.sh.pilot.intake.infrastructure.persistence.JpaApplicationRepository;
import cn.sh.pilot.intake.infrastructure.persistence.JpaCallRepository;
import cn.sh.pilot.intake.infrastructure.xml.ApplicationXmlReader;
import cn.sh.pilot.intake.infrastructure.xml.ApplicationXmlWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;

/**
 * Builds intake's plain classes from the container's parts: the transaction-scoped entity manager of unit
 * {@code pilot}, the audit log, the site clock and the data directory ({@code attachments/}). The use cases carry
 * no CDI annotations; {@code IntakeDesk} runs them inside its transactions.
 */
@ApplicationScoped
public class IntakeWiring {

    @PersistenceContext(unitName = "pilot")
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    SiteConfig site;
    @Inject
    @ConfigProperty(name = "pilot.attachment.max-bytes", defaultValue = "20971520")
    long maxAttachmentBytes;

    @Produces
    JpaApplicationRepository applications() {
        return new JpaApplicationRepository(em);
    }

    @Produces
    JpaCallRepository calls() {
        return new JpaCallRepository(em);
    }

    @Produces
    FileAttachmentStore attachmentStore() {
        return new FileAttachmentStore(site.dataDir().resolve("attachments"));
    }

    @Produces
    ApplicationFormPdf formPdf() {
        return ApplicationFormPdf.withConfiguredFont();
    }

    @Produces
    ApplicationXmlWriter xmlWriter() {
        return new ApplicationXmlWriter();
    }

    @Produces
    DraftApplication draft() {
        return new DraftApplication(applications(), calls(), audit, clock);
    }

    @Produces
    ReviseApplication revise() {
        return new ReviseApplication(applications(), audit);
    }

    @Produces
    SubmitApplication submit() {
        return new SubmitApplication(applications(), calls(), audit, clock);
    }

    @Produces
    WithdrawApplication withdraw() {
        return new WithdrawApplication(applications(), audit, clock);
    }

    @Produces
    ImportApplicationXml importXml() {
        return new ImportApplicationXml(new ApplicationXmlReader(), applications(), calls(), audit, clock);
    }

    @Produces
    AttachFile attachFile() {
        return new AttachFile(applications(), attachmentStore(), audit, maxAttachmentBytes);
    }

    @Produces
    RecordAdverseRecord adverseRecords() {
        return new RecordAdverseRecord(applications(), audit, clock);
    }

    @Produces
    RecordInternalStandardizationOverride override() {
        return new RecordInternalStandardizationOverride(applications(), audit, clock);
    }

    @Produces
    DecideRecommendation decideRecommendation() {
        return new DecideRecommendation(applications(), audit, clock);
    }
}
