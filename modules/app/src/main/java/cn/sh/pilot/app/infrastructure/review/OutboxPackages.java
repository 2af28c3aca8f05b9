package cn.sh.pilot.app.infrastructure.review;

import cn.sh.pilot.app.application.BatchOutbox;
import cn.sh.pilot.app.config.SiteConfig;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.marshal.RecommendationBatchMarshaller;
import cn.sh.pilot.exchange.container.PackageBuilder;
import cn.sh.pilot.exchange.signature.PackageSigner;
import cn.sh.pilot.exchange.signature.SigningKey;
import cn.sh.pilot.exchange.transport.client.Delivery;
import cn.sh.pilot.exchange.transport.client.SftpSender;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.AttachmentMetadata;
import cn.sh.pilot.intake.infrastructure.xml.ApplicationMapper;
import cn.sh.pilot.review.domain.batch.BatchHeader;
import cn.sh.pilot.review.domain.batch.BatchItem;
import cn.sh.pilot.review.domain.batch.OutgoingBatch;
import cn.sh.pilot.review.domain.shared.ApplicationId;
import cn.sh.pilot.review.domain.shared.Sha256;
import cn.sh.pilot.review.infrastructure.xml.RecommendationBatchMapper;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * {@link BatchOutbox} on the data directory. The unsigned package is {@code <data>/batches/<batch id>.zip}: payload
 * {@code batch.xml} (review's {@link RecommendationBatchMapper} with intake's {@link ApplicationMapper}, validated by
 * the marshaller) and each application's stored attachment files. Signing ({@link PackageSigner}, the site's key)
 * writes {@code <data>/batches/<batch id>.signed.zip}; after the transaction commits it is moved into
 * {@code <data>/outbox/batch-<code>-<seq>-<id8>.zip} (and deleted on rollback), so the outbox never holds a package
 * the database does not know as SIGNED. Sending uses exchange's {@link SftpSender} against {@link MunicipalEndpoint}:
 * upload to a temporary name, then rename; retries with a doubling wait; the outcome is returned, not thrown.
 */
@ApplicationScoped
public class OutboxPackages implements BatchOutbox {

    private static final Logger LOG = Logger.getLogger(OutboxPackages.class.getName());
    static final String PAYLOAD = "batch.xml";

    @Inject
    SiteConfig site;
    @Inject
    SiteSigningKey signingKey;
    @Inject
    Clock clock;
    @Inject
    MunicipalEndpoint endpoint;
    @Resource
    TransactionSynchronizationRegistry transactions;

    @Override
    public boolean canSend() {
        return endpoint.configured();
    }

    @Override
    public Sent send(OutgoingBatch batch) throws RefusedException {
        String name = batch.packageName().orElseThrow();
        Path pkg = site.dataDir().resolve("outbox").resolve(name);
        try (SftpSender sender = new SftpSender(endpoint.target(), endpoint.retries())) {
            Delivery delivery = sender.send(pkg, endpoint.inbox());
            LOG.info(() -> "Batch " + name + (delivery.delivered() ? " delivered to " + delivery.remotePath()
                    : " not delivered: " + delivery.errorId().orElse("") + " " + delivery.detail())
                    + " after " + delivery.attempts() + " attempt(s)");
            return new Sent(delivery.attempts(), delivery.remotePath(), delivery.errorId().orElse(null), delivery.detail());
        } catch (IOException e) {
            throw new UncheckedIOException("the SFTP session could not be closed", e);
        }
    }

    @Override
    public void writeUnsigned(OutgoingBatch batch, String recommenderName, Map<String, Application> applications)
            throws RefusedException {
        BatchHeader header = batch.header();
        ApplicationMapper mapper = new ApplicationMapper();
        Map<ApplicationId, cn.sh.pilot.contracts.application.v1.Application> documents = new HashMap<>();
        PackageBuilder builder = PackageBuilder.create(clock);
        Path attachments = site.dataDir().resolve("attachments");
        for (BatchItem item : batch.batch().items()) {
            Application application = applications.get(item.applicationId().toString());
            documents.put(item.applicationId(), mapper.toContract(application, header.recommender().value(), recommenderName));
            for (AttachmentMetadata a : application.attachments()) {
                Path file = attachments.resolve(application.id().toString()).resolve(a.fileName());
                if (Files.isRegularFile(file)) {
                    builder.attach(a.fileName(), file);
                }
            }
        }
        byte[] payload = new RecommendationBatchMarshaller()
                .write(new RecommendationBatchMapper().toContract(batch.batch(), recommenderName, documents::get));
        try {
            builder.payload(PAYLOAD, payload).writeTo(Files.createDirectories(batchesDir()).resolve(header.id() + ".zip"));
        } catch (IOException e) {
            throw new UncheckedIOException("the unsigned batch package cannot be written", e);
        }
    }

    @Override
    public Sealed seal(OutgoingBatch batch) throws RefusedException {
        BatchHeader header = batch.header();
        Path unsigned = batchesDir().resolve(header.id() + ".zip");
        Path signed = batchesDir().resolve(header.id() + ".signed.zip");
        String name = "batch-%s-%04d-%s.zip".formatted(header.recommender().value(), header.sequence(),
                header.id().toString().substring(0, 8));
        try {
            SigningKey key = signingKey.key();
            new PackageSigner(key).sign(unsigned, signed);
            Sha256 digest = Sha256.of(Files.readAllBytes(signed));
            Path outbox = Files.createDirectories(site.dataDir().resolve("outbox"));
            transactions.registerInterposedSynchronization(new MoveAfterCommit(signed, outbox.resolve(name),
                    "Signed batch package in the outbox"));
            return new Sealed(name, digest, key.certificate().getSubjectX500Principal().getName());
        } catch (IOException e) {
            throw new UncheckedIOException("the batch package cannot be signed", e);
        }
    }

    private Path batchesDir() {
        return site.dataDir().resolve("batches");
    }
}
