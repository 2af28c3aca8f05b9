package cn.sh.pilot.review.domain.approval;

import java.util.Objects;

import cn.sh.pilot.review.domain.item.ReviewItem;

/** One item an approver confirms, with the version they saw on the page. */
public record Confirmation(ReviewItem item, long seenVersion) {

    public Confirmation {
        Objects.requireNonNull(item, "item");
    }
}
