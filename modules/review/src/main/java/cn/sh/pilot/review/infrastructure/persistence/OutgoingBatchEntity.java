package cn.sh.pilot.review.infrastructure.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.sh.pilot.review.domain.batch.Batch;
import cn.sh.pilot.review.domain.batch.BatchHeader;
import cn.sh.pilot.review.domain.batch.OutgoingBatch;
import cn.sh.pilot.review.domain.shared.BatchId;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.RecommenderCode;
import cn.sh.pilot.review.domain.shared.Sha256;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A batch built on this recommender site, with its state and signed package ({@code outgoing_batch}). */
@Entity
@Table(name = "outgoing_batch")
public class OutgoingBatchEntity {

    @Id
    @Column(name = "batch_id", length = 36)
    private String batchId;
    @Column(name = "recommender_code", nullable = false)
    private String recommender;
    @Column(name = "call_id", nullable = false)
    private String callId;
    @Column(name = "sequence_no", nullable = false)
    private int sequence;
    @Column(name = "previous_sha256")
    private String previousSha256;
    @Column(name = "created", nullable = false)
    private OffsetDateTime created;
    @Column(name = "state", nullable = false)
    private String state;
    @Column(name = "package_name")
    private String packageName;
    @Column(name = "package_sha256")
    private String packageSha256;
    @Column(name = "signer")
    private String signer;
    @Column(name = "signed_at")
    private OffsetDateTime signedAt;
    @Column(name = "delivery_attempts")
    private Integer deliveryAttempts;
    @Column(name = "delivery_at")
    private OffsetDateTime deliveryAt;
    @Column(name = "remote_path")
    private String remotePath;
    @Column(name = "delivery_error")
    private String deliveryError;
    @Column(name = "delivery_detail", length = 1000)
    private String deliveryDetail;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "outgoing_batch_item", joinColumns = @JoinColumn(name = "batch_id"))
    private List<OutgoingBatchItemRow> items = new ArrayList<>();
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OutgoingBatchEntity() {
    }

    OutgoingBatchEntity(OutgoingBatch b) {
        BatchHeader h = b.header();
        batchId = h.id().toString();
        recommender = h.recommender().value();
        callId = h.callId().value();
        sequence = h.sequence();
        previousSha256 = h.previous().map(Sha256::hex).orElse(null);
        created = h.created().atOffset(ZoneOffset.UTC);
        b.batch().items().forEach(i -> items.add(new OutgoingBatchItemRow(i)));
        copyState(b);
    }

    void copyState(OutgoingBatch b) {
        state = b.state().name();
        packageName = b.packageName().orElse(null);
        packageSha256 = b.packageDigest().map(Sha256::hex).orElse(null);
        signer = b.signer().orElse(null);
        signedAt = b.signedAt().map(t -> t.atOffset(ZoneOffset.UTC)).orElse(null);
        b.lastDelivery().ifPresent(d -> {
            deliveryAttempts = d.attempts();
            deliveryAt = d.at().atOffset(ZoneOffset.UTC);
            remotePath = d.remotePath();
            deliveryError = d.errorId();
            deliveryDetail = d.detail() == null || d.detail().length() <= 1000 ? d.detail() : d.detail().substring(0, 1000);
        });
    }

    OutgoingBatch toDomain() {
        var batchItems = items.stream().map(OutgoingBatchItemRow::toDomain)
                .sorted(Comparator.comparingInt(i -> i.rank())).toList();
        BatchHeader header = new BatchHeader(BatchId.of(batchId), new RecommenderCode(recommender), new CallId(callId),
                sequence, previousSha256 == null ? null : new Sha256(previousSha256), created.toInstant(), batchItems.size());
        return OutgoingBatch.restore(new Batch(header, batchItems), OutgoingBatch.State.valueOf(state), packageName,
                packageSha256 == null ? null : new Sha256(packageSha256), signer,
                signedAt == null ? null : signedAt.toInstant(),
                deliveryAt == null ? null : new OutgoingBatch.Delivery(deliveryAttempts, deliveryAt.toInstant(), remotePath,
                        deliveryError, deliveryDetail));
    }
}
