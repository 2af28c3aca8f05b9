package cn.sh.pilot.exchange.inbox;

import java.time.Instant;

import cn.sh.pilot.exchange.transport.inbox.InboxChannel;

/**
 * One arrival of a package, numbered per package from 1. Each arrival gets exactly one receipt,
 * named after the package and the number, so 100 uploads of the same bytes give 100 receipts.
 *
 * @param sha256           the package
 * @param number           1 for the first arrival of these bytes, then 2, 3 …
 * @param account          the account it came from, who gets the receipt
 * @param channel          SFTP or drop folder (which {@code receipts/} folder the receipt goes to)
 * @param source           the inbox file it came from, or null (operator's re-run)
 * @param receivedAt       when it was taken from the inbox
 * @param sourceRemoved    whether the inbox file is known to be gone
 * @param receiptName      the receipt's file name once written, else null
 * @param receiptWrittenAt when the receipt was written, else null
 */
public record Arrival(String sha256, int number, String account, InboxChannel channel, String source,
                      Instant receivedAt, boolean sourceRemoved, String receiptName, Instant receiptWrittenAt) {

    /** Whether this arrival still waits for its receipt. */
    public boolean receiptOwed() {
        return receiptName == null;
    }
}
