package cn.sh.pilot.exchange.receipt;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Everything a receipt says, as plain data. Built from what the ledger recorded, so the same
 * arrival always yields the same content, and a receipt lost in a crash can be written again.
 *
 * @param receiptId       UUID of this receipt
 * @param recipient       the account the package came from, who gets the receipt
 * @param packageSha256   SHA-256 of the package file answered
 * @param batchId         the batch (document) id, when it could be read; else null
 * @param verdict         the overall verdict
 * @param reasons         reasons about the whole package (at most 100 are written)
 * @param items           per-item results
 * @param schemaSetSha256 {@code SchemaSet.contracts().sha256()} of the schemas that judged it
 * @param rulePackSha256  digest of the rules that judged it
 * @param issued          time of issue
 */
public record ReceiptContent(String receiptId, String recipient, String packageSha256, String batchId,
                             ReceiptVerdict verdict, List<ReceiptReason> reasons, List<ItemResult> items,
                             String schemaSetSha256, String rulePackSha256, OffsetDateTime issued) {

    /** The schema allows this many package-level reasons. */
    public static final int MAX_REASONS = 100;

    public ReceiptContent {
        Objects.requireNonNull(receiptId, "receiptId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(packageSha256, "packageSha256");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(schemaSetSha256, "schemaSetSha256");
        Objects.requireNonNull(rulePackSha256, "rulePackSha256");
        Objects.requireNonNull(issued, "issued");
        reasons = List.copyOf(reasons.size() > MAX_REASONS ? reasons.subList(0, MAX_REASONS) : reasons);
        items = List.copyOf(items);
    }
}
