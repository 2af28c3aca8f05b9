package cn.sh.pilot.review.domain.batch;

import java.time.LocalDate;
import java.util.Objects;

import cn.sh.pilot.review.domain.preliminary.PreliminaryReview;
import cn.sh.pilot.review.domain.preliminary.Reviewer;
import cn.sh.pilot.review.domain.shared.ApplicationId;
import cn.sh.pilot.review.domain.shared.ItemId;

/** One recommended application in a batch, as sent: a fresh item id, its rank and the opinion at that moment. */
public record BatchItem(ItemId itemId, int rank, ApplicationId applicationId, String opinion, Reviewer reviewer,
        LocalDate opinionDate) {

    public BatchItem {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(opinion, "opinion");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(opinionDate, "opinionDate");
        if (rank < 1) {
            throw new IllegalArgumentException("a rank starts at 1: " + rank);
        }
    }

    static BatchItem of(PreliminaryReview review) {
        return new BatchItem(ItemId.newId(), review.rank().orElseThrow(), review.applicationId(), review.opinion(),
                review.reviewer(), review.date());
    }
}
