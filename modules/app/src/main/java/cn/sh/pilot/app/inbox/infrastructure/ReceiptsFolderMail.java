package cn.sh.pilot.app.inbox.infrastructure;

import cn.sh.pilot.acceptance.domain.evaluation.AcceptanceResultNotice;
import cn.sh.pilot.acceptance.infrastructure.xml.AcceptanceResultMapper;
import cn.sh.pilot.app.application.GuarantorMail;
import cn.sh.pilot.app.application.ProjectDesk;
import cn.sh.pilot.projects.domain.Actor;
import cn.sh.pilot.projects.domain.Organisation;
import cn.sh.pilot.projects.domain.project.ExtensionDecision;
import cn.sh.pilot.projects.infrastructure.xml.ExtensionDecisionMapper;
import cn.sh.pilot.app.config.SiteConfig;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.container.PackageBuilder;
import cn.sh.pilot.exchange.inbox.InboxFolders;
import cn.sh.pilot.exchange.signature.PackageSigner;
import cn.sh.pilot.exchange.transport.inbox.InboxChannel;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@link GuarantorMail} into the guarantor's SFTP {@code receipts/} folder ({@code <data>/sftp/sites/<code>/receipts},
 * the folder its receipts are in), signed with the municipal key that signs receipts ({@link InboxRuntime}). The
 * package is built and signed under a hidden name inside the transaction and renamed to its final name after commit
 * (deleted on rollback), so the guarantor never sees a notice of a decision that did not happen.
 */
@ApplicationScoped
public class ReceiptsFolderMail implements GuarantorMail {

    private static final Logger LOG = Logger.getLogger(ReceiptsFolderMail.class.getName());

    @Inject
    InboxRuntime runtime;
    @Inject
    SiteConfig site;
    @Inject
    Clock clock;
    @Resource
    TransactionSynchronizationRegistry transactions;

    @Override
    public String sendExtensionDecision(String guarantorCode, ExtensionDecision decision) throws RefusedException {
        byte[] xml = new ExtensionDecisionMapper().write(decision, new Organisation(Actor.MUNICIPAL_BUREAU, ProjectDesk.BUREAU));
        return send(guarantorCode, "extension-decision-" + decision.decisionId(), "extension-decision.xml", xml);
    }

    @Override
    public String sendAcceptanceResult(String guarantorCode, AcceptanceResultNotice result) throws RefusedException {
        byte[] xml = new AcceptanceResultMapper().write(result);
        return send(guarantorCode, "acceptance-result-" + result.resultId(), "acceptance-result.xml", xml);
    }

    /** Builds and signs {@code <fileStem>.zip} now; it gets its final name once the transaction commits. */
    String send(String guarantorCode, String fileStem, String payloadName, byte[] payloadXml) {
        var key = runtime.signingKey().orElseThrow(() -> new IllegalStateException(
                "no municipal signing key: notices are sent from the municipal site only"));
        Path folder = new InboxFolders(site.dataDir().resolve("sftp"), site.dataDir()).receipts(InboxChannel.SFTP, guarantorCode);
        String name = fileStem + ".zip";
        String hidden = "." + fileStem + "." + UUID.randomUUID();
        Path unsigned = folder.resolve(hidden + ".unsigned");
        Path signed = folder.resolve(hidden + ".part");
        try {
            Files.createDirectories(folder);
            PackageBuilder.create(clock).payload(payloadName, payloadXml).writeTo(unsigned);
            new PackageSigner(key).sign(unsigned, signed);
            Files.delete(unsigned);
        } catch (IOException e) {
            throw new UncheckedIOException("the notice package " + name + " cannot be written", e);
        } catch (RefusedException e) {
            throw new IllegalStateException("the notice package " + name + " is not valid: " + e.id() + " " + e.detail(), e);
        }
        Path target = folder.resolve(name);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                try {
                    if (status == Status.STATUS_COMMITTED) {
                        Files.move(signed, target, StandardCopyOption.ATOMIC_MOVE);
                        LOG.info(() -> "Notice to " + guarantorCode + ": " + target);
                    } else {
                        Files.deleteIfExists(signed);
                    }
                } catch (IOException e) {
                    LOG.log(Level.SEVERE, "notice " + signed + " could not be moved to " + target, e);
                }
            }
        });
        return name;
    }
}
