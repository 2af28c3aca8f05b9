package cn.sh.pilot.exchange.inbox;

import java.util.List;

import cn.sh.pilot.exchange.receipt.ItemResult;
import cn.sh.pilot.exchange.receipt.ReceiptReason;

/**
 * A handler's verdict on a package: imported (its items each accepted or refused, with reasons)
 * or refused whole. When refused, the pipeline rolls the handler's transaction back, so nothing a
 * refusing handler wrote survives, and records the refusal in a transaction of its own.
 *
 * @param imported whether the package is imported
 * @param reasons  package-level reasons (at least one when refused)
 * @param items    per-item results, in the package's order
 */
public record HandlerOutcome(boolean imported, List<ReceiptReason> reasons, List<ItemResult> items) {

    public HandlerOutcome {
        reasons = List.copyOf(reasons);
        items = List.copyOf(items);
        if (!imported && reasons.isEmpty()) {
            throw new IllegalArgumentException("a refused package needs a package-level reason");
        }
    }

    public static HandlerOutcome imported(List<ItemResult> items) {
        return new HandlerOutcome(true, List.of(), items);
    }

    public static HandlerOutcome refused(List<ReceiptReason> reasons, List<ItemResult> items) {
        return new HandlerOutcome(false, reasons, items);
    }
}
