package cn.sh.pilot.exchange.inbox;

import java.time.Instant;
import java.util.Objects;

import cn.sh.pilot.exchange.transport.inbox.InboxChannel;

/**
 * A stored file's arrival, to be recorded in the ledger.
 *
 * @param sha256     the stored package
 * @param size       its size in bytes
 * @param account    the recommender account (inbox folder) it came from
 * @param channel    SFTP or drop folder
 * @param source     the inbox file's absolute path, to be removed once recorded; null for an operator's re-run
 * @param receivedAt when it was taken from the inbox
 */
public record ArrivalNote(String sha256, long size, String account, InboxChannel channel, String source,
                          Instant receivedAt) {

    public ArrivalNote {
        Sha256.require(sha256);
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
