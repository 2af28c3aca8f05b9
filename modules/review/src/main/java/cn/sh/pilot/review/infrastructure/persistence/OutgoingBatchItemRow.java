package cn.sh.pilot.review.infrastructure.persistence;

import java.time.LocalDate;

import cn.sh.pilot.review.domain.batch.BatchItem;
import cn.sh.pilot.review.domain.preliminary.Reviewer;
import cn.sh.pilot.review.domain.shared.ApplicationId;
import cn.sh.pilot.review.domain.shared.ItemId;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One item of an outgoing batch as it was built ({@code outgoing_batch_item}). */
@Embeddable
public class OutgoingBatchItemRow {

    @Column(name = "item_id", nullable = false, length = 36)
    private String itemId;
    @Column(name = "priority_rank", nullable = false)
    private int rank;
    @Column(name = "application_id", nullable = false, length = 36)
    private String applicationId;
    @Column(name = "opinion", nullable = false, length = 4000)
    private String opinion;
    @Column(name = "reviewer_name", nullable = false)
    private String reviewerName;
    @Column(name = "reviewer_title")
    private String reviewerTitle;
    @Column(name = "opinion_date", nullable = false)
    private LocalDate opinionDate;

    protected OutgoingBatchItemRow() {
    }

    OutgoingBatchItemRow(BatchItem item) {
        itemId = item.itemId().toString();
        rank = item.rank();
        applicationId = item.applicationId().toString();
        opinion = item.opinion();
        reviewerName = item.reviewer().name();
        reviewerTitle = item.reviewer().title();
        opinionDate = item.opinionDate();
    }

    BatchItem toDomain() {
        return new BatchItem(ItemId.of(itemId), rank, ApplicationId.of(applicationId), opinion,
                new Reviewer(reviewerName, reviewerTitle), opinionDate);
    }
}
