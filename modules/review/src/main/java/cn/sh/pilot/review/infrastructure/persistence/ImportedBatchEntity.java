package cn.sh.pilot.review.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A batch imported from a recommender's package: one link of that recommender's chain ({@code review_batch}). */
@Entity
@Table(name = "review_batch")
public class ImportedBatchEntity {

    @Id
    @Column(name = "batch_id", length = 36)
    private String batchId;
    @Column(name = "recommender", nullable = false)
    private String recommender;
    @Column(name = "sequence_no", nullable = false)
    private int sequence;
    @Column(name = "package_sha256", nullable = false)
    private String packageSha256;
    @Column(name = "call_id", nullable = false)
    private String callId;
    @Column(name = "created", nullable = false)
    private OffsetDateTime created;
    @Column(name = "item_count", nullable = false)
    private int itemCount;
    @Column(name = "accepted_items", nullable = false)
    private int acceptedItems;
    @Column(name = "imported_at", nullable = false)
    private OffsetDateTime importedAt;

    protected ImportedBatchEntity() {
    }

    public ImportedBatchEntity(String batchId, String recommender, int sequence, String packageSha256, String callId,
            OffsetDateTime created, int itemCount, int acceptedItems, OffsetDateTime importedAt) {
        this.batchId = batchId;
        this.recommender = recommender;
        this.sequence = sequence;
        this.packageSha256 = packageSha256;
        this.callId = callId;
        this.created = created;
        this.itemCount = itemCount;
        this.acceptedItems = acceptedItems;
        this.importedAt = importedAt;
    }

    public String batchId() {
        return batchId;
    }

    public String recommender() {
        return recommender;
    }

    public int sequence() {
        return sequence;
    }

    public String packageSha256() {
        return packageSha256;
    }

    public int acceptedItems() {
        return acceptedItems;
    }
}
