package cn.sh.pilot.exchange.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import cn.sh.pilot.exchange.receipt.ReceiptContent;
import cn.sh.pilot.exchange.receipt.ReceiptReason;
import cn.sh.pilot.exchange.receipt.ReceiptVerdict;

/**
 * The receipt owed to one arrival, computed from ledger data only: the deciding arrival carries
 * the judgement; any other arrival of an imported package is a duplicate; any other arrival of a
 * refused package repeats the refusal. The receipt id is derived from the package and the arrival
 * number, the issue time from the recorded times, so the content never depends on when it is written.
 */
final class ReceiptPlan {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private ReceiptPlan() {
    }

    /** {@code <sha256>-<n>.receipt.zip}: unique per arrival, so no receipt ever replaces another. */
    static String fileName(Arrival arrival) {
        return arrival.sha256() + "-" + arrival.number() + ".receipt.zip";
    }

    static ReceiptContent forArrival(PackageRecord pkg, Arrival arrival) {
        Judgement judgement = pkg.judgement();
        ReceiptVerdict verdict = judgement.verdict();
        List<ReceiptReason> reasons = judgement.reasons();
        var items = judgement.items();
        if (arrival.number() != pkg.decidingArrival() && pkg.state() == PackageState.IMPORTED) {
            verdict = ReceiptVerdict.DUPLICATE;
            reasons = List.of(ReceiptReason.of(InboxError.DUPLICATE_PACKAGE, "imported " + at(judgement.decidedAt())
                    + ", receipt " + pkg.sha256() + "-" + pkg.decidingArrival()));
            items = List.of();
        }
        Instant issued = judgement.decidedAt().isAfter(arrival.receivedAt()) ? judgement.decidedAt() : arrival.receivedAt();
        String id = UUID.nameUUIDFromBytes(("pilot-receipt:" + arrival.sha256() + ":" + arrival.number())
                .getBytes(StandardCharsets.UTF_8)).toString();
        return new ReceiptContent(id, arrival.account(), arrival.sha256(), judgement.batchId(), verdict, reasons, items,
                judgement.schemaSetSha256(), judgement.rulePackSha256(), at(issued));
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, SHANGHAI);
    }
}
