package cn.sh.pilot.exchange.inbox;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import cn.sh.pilot.exchange.receipt.ItemResult;
import cn.sh.pilot.exchange.receipt.ReceiptReason;
import cn.sh.pilot.exchange.receipt.ReceiptVerdict;

/**
 * What the pipeline decided about a package, as the ledger keeps it. Every receipt for the
 * package is built from this alone, so a receipt can always be written again with the same content.
 *
 * @param verdict         {@code ACCEPTED} (imported), {@code REFUSED} or {@code CONFLICT}
 * @param batchId         the batch (document) id, when it could be read; else null
 * @param document        the payload's root element name (e.g. {@code RecommendationBatch}), when known
 * @param claimedSender   the payload's {@code Sender/Code}, when it could be read
 * @param reasons         package-level reasons (empty when accepted)
 * @param items           per-item results from the handler
 * @param checks          every check that ran, in order
 * @param schemaSetSha256 the schema set that judged it
 * @param rulePackSha256  the rule pack that judged it (the handler's, or the pipeline's own for earlier refusals)
 * @param decidedAt       when it was decided
 */
public record Judgement(ReceiptVerdict verdict, String batchId, String document, String claimedSender,
                        List<ReceiptReason> reasons, List<ItemResult> items, List<InboxCheck> checks,
                        String schemaSetSha256, String rulePackSha256, Instant decidedAt) {

    public Judgement {
        Objects.requireNonNull(verdict, "verdict");
        if (verdict == ReceiptVerdict.DUPLICATE) {
            throw new IllegalArgumentException("a package is never judged a duplicate; only later arrivals are");
        }
        reasons = List.copyOf(reasons);
        items = List.copyOf(items);
        checks = List.copyOf(checks);
        Objects.requireNonNull(schemaSetSha256, "schemaSetSha256");
        Objects.requireNonNull(rulePackSha256, "rulePackSha256");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    /** The state this judgement leaves the package in. */
    public PackageState state() {
        return verdict == ReceiptVerdict.ACCEPTED ? PackageState.IMPORTED : PackageState.REFUSED;
    }
}
