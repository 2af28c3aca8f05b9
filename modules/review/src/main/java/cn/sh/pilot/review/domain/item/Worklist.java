package cn.sh.pilot.review.domain.item;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A domain contact's worklist (§五(五)): the items routed to their domain that still need work
 * (under review or awaiting confirmation), by recommender and priority rank.
 */
public final class Worklist {

    private static final Set<ItemStatus> OPEN = EnumSet.of(ItemStatus.UNDER_REVIEW, ItemStatus.PROPOSED);

    private Worklist() {
    }

    public static List<ReviewItem> of(String domainCode, Collection<ReviewItem> items) {
        return items.stream()
                .filter(item -> item.domain().code().equals(domainCode))
                .filter(item -> OPEN.contains(item.status()))
                .sorted(Comparator.comparing((ReviewItem item) -> item.recommender().value())
                        .thenComparingInt(ReviewItem::priorityRank))
                .toList();
    }
}
