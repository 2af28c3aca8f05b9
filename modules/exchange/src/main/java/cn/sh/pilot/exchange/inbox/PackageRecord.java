package cn.sh.pilot.exchange.inbox;

import java.time.Instant;

import cn.sh.pilot.exchange.transport.inbox.InboxChannel;

/**
 * A package as the ledger knows it.
 *
 * @param sha256          its identity
 * @param size            its size in bytes
 * @param state           where it is in the pipeline
 * @param account         the account of the arrival that is (or was last) judged
 * @param channel         that arrival's channel
 * @param decidingArrival that arrival's number: its receipt carries the verdict, the others are duplicates
 * @param firstReceivedAt when the bytes first arrived
 * @param claim           the current claim while {@code PROCESSING}, else null
 * @param judgement       the decision once {@code IMPORTED} or {@code REFUSED}, else null
 */
public record PackageRecord(String sha256, long size, PackageState state, String account, InboxChannel channel,
                            int decidingArrival, Instant firstReceivedAt, Claim claim, Judgement judgement) {
}
