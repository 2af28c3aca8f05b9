package cn.sh.pilot.review.domain.item;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.ItemId;

/**
 * Items under municipal review. Saving an item that someone else changed since it was read fails, at the latest
 * when the changes are written ({@link #flush()}) or committed.
 */
public interface ReviewItemRepository {

    /** An imported item nobody has routed yet. */
    Optional<ImportedItem> unrouted(ItemId id);

    /** A routed item. */
    Optional<ReviewItem> find(ItemId id);

    /** The call of an item, routed or not. */
    Optional<CallId> callOf(ItemId id);

    /** Saves a newly routed or changed item. */
    void save(ReviewItem item);

    /** Imported items still to be routed, oldest first. */
    List<ImportedItem> unrouted();

    /** Routed items in one of {@code statuses} (empty = any), of one domain or (null) all, by recommender and rank. */
    List<ReviewItem> routed(Set<ItemStatus> statuses, String domainCode);

    /** Routed items an expert is assigned to. */
    List<ReviewItem> assignedTo(String expertUserId);

    /** Approved or rejected items whose recommender has not been sent a decision notice yet. */
    List<ReviewItem> decidedWithoutNotice();

    /** Records that the decision on {@code id} went out in the notice {@code file}. */
    void noticeSent(ItemId id, String file);

    /** Writes what was saved now, so a lost race shows here rather than at commit. */
    void flush();
}
