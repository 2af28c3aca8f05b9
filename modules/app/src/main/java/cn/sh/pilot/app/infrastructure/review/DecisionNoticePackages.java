package cn.sh.pilot.app.infrastructure.review;

import cn.sh.pilot.app.application.NoticeOutbox;
import cn.sh.pilot.app.config.SiteConfig;
import cn.sh.pilot.app.inbox.infrastructure.InboxRuntime;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.marshal.DecisionNoticeMarshaller;
import cn.sh.pilot.exchange.container.PackageBuilder;
import cn.sh.pilot.exchange.signature.PackageSigner;
import cn.sh.pilot.exchange.signature.SigningKey;
import cn.sh.pilot.exchange.transport.SiteFolders;
import cn.sh.pilot.review.domain.item.ReviewItem;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.RecommenderCode;
import cn.sh.pilot.review.infrastructure.xml.DecisionNoticeMapper;
import cn.sh.pilot.review.infrastructure.xml.DecisionNoticeMapper.NoticeHeader;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * {@link NoticeOutbox} for the municipal site: review's {@link DecisionNoticeMapper} makes the notice
 * ({@code schemas/decision/v1}, validated on writing), signed with the municipal key the inbox signs receipts with,
 * as {@code decision-<recipient>-<notice id>.zip} with payload {@value #PAYLOAD}; it appears in the recommender's SFTP
 * {@code receipts/} folder only when the transaction commits (written beside it under a hidden name, moved by a JTA
 * synchronization, deleted on rollback).
 */
@ApplicationScoped
public class DecisionNoticePackages implements NoticeOutbox {

    static final String PAYLOAD = "decision-notice.xml";

    @Inject
    SiteConfig site;
    @Inject
    InboxRuntime inbox;
    @Resource
    TransactionSynchronizationRegistry transactions;

    @Override
    public String place(RecommenderCode recipient, CallId call, List<ReviewItem> items, Instant issued)
            throws RefusedException {
        UUID id = UUID.randomUUID();
        byte[] xml = new DecisionNoticeMarshaller().write(new DecisionNoticeMapper()
                .toContract(new NoticeHeader(id, null, call, recipient, issued), items));
        SigningKey key = inbox.signingKey().orElseThrow(() -> new IllegalStateException("no municipal signing key"));
        String name = "decision-" + recipient.value() + "-" + id + ".zip";
        try {
            Path folder = SiteFolders.sftp(site.dataDir().resolve("sftp")).receipts(recipient.value());
            SiteFolders.createPrivateFolders(folder);
            Path unsigned = folder.resolve("." + name + ".unsigned");
            Path signed = folder.resolve("." + name + ".part");
            PackageBuilder.create(Clock.fixed(issued, ZoneOffset.UTC)).payload(PAYLOAD, xml).writeTo(unsigned);
            try {
                new PackageSigner(key).sign(unsigned, signed);
            } finally {
                Files.deleteIfExists(unsigned);
            }
            SiteFolders.restrict(signed, SiteFolders.FILE_PERMISSIONS);
            transactions.registerInterposedSynchronization(new MoveAfterCommit(signed, folder.resolve(name),
                    "Decision notice in the recommender's receipts folder"));
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException("the decision notice cannot be written", e);
        }
    }
}
