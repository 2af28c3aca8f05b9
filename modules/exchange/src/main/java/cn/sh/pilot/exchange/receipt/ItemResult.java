package cn.sh.pilot.exchange.receipt;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on one item of a package (one recommended application of a batch).
 *
 * @param itemId   the item's UUID as the package gives it
 * @param accepted whether the item passed
 * @param reasons  why not (at least one when refused)
 */
public record ItemResult(String itemId, boolean accepted, List<ReceiptReason> reasons) {

    public ItemResult {
        Objects.requireNonNull(itemId, "itemId");
        reasons = List.copyOf(reasons);
        if (!accepted && reasons.isEmpty()) {
            throw new IllegalArgumentException("a refused item needs a reason: " + itemId);
        }
    }

    public static ItemResult accepted(String itemId) {
        return new ItemResult(itemId, true, List.of());
    }

    public static ItemResult refused(String itemId, ReceiptReason first, ReceiptReason... more) {
        List<ReceiptReason> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(List.of(more));
        return new ItemResult(itemId, false, all);
    }
}
