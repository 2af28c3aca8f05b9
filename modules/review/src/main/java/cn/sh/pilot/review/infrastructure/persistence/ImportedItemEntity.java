package cn.sh.pilot.review.infrastructure.persistence;

import cn.sh.pilot.review.domain.item.ImportedItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An accepted item of an imported batch, waiting for municipal review ({@code review_item}). */
@Entity
@Table(name = "review_item")
public class ImportedItemEntity {

    @Id
    @Column(name = "item_id", length = 36)
    private String itemId;
    @Column(name = "batch_id", nullable = false)
    private String batchId;
    @Column(name = "recommender", nullable = false)
    private String recommender;
    @Column(name = "priority_rank", nullable = false)
    private int rank;
    @Column(name = "application_id", nullable = false)
    private String applicationId;
    @Column(name = "call_id", nullable = false)
    private String callId;
    @Column(name = "applicant_name", nullable = false)
    private String applicantName;
    @Column(name = "applicant_uscc", nullable = false)
    private String applicantUscc;
    @Column(name = "project_name", nullable = false)
    private String projectName;
    @Column(name = "pilot_kind", nullable = false)
    private String pilotKind;
    @Column(name = "declared_type", nullable = false)
    private String declaredType;
    @Column(name = "direction_group")
    private String directionGroup;
    @Column(name = "direction")
    private String direction;
    @Column(name = "opinion", nullable = false)
    private String opinion;
    @Column(name = "reviewer_name", nullable = false)
    private String reviewerName;
    @Column(name = "reviewer_title")
    private String reviewerTitle;
    @Column(name = "opinion_date", nullable = false)
    private LocalDate opinionDate;
    @Column(name = "status", nullable = false)
    private String status;
    @Column(name = "imported_at", nullable = false)
    private OffsetDateTime importedAt;

    protected ImportedItemEntity() {
    }

    public ImportedItemEntity(ImportedItem item, OffsetDateTime importedAt) {
        this.itemId = item.itemId().toString();
        this.batchId = item.batchId().toString();
        this.recommender = item.recommender().value();
        this.rank = item.rank();
        this.applicationId = item.applicationId().toString();
        this.callId = item.applicationCallId().value();
        this.applicantName = item.applicant().name();
        this.applicantUscc = item.applicant().uscc().value();
        this.projectName = item.projectName();
        this.pilotKind = item.pilotKind();
        this.declaredType = item.declaredType().name();
        this.directionGroup = item.directionGroup();
        this.direction = item.direction();
        this.opinion = item.recommendation().opinion();
        this.reviewerName = item.recommendation().reviewerName();
        this.reviewerTitle = item.recommendation().reviewerTitle();
        this.opinionDate = item.recommendation().date();
        this.status = "IMPORTED";
        this.importedAt = importedAt;
    }

    public String itemId() {
        return itemId;
    }

    public String batchId() {
        return batchId;
    }
}
