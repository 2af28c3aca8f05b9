package cn.sh.pilot.app.application;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.review.domain.batch.OutgoingBatch;
import cn.sh.pilot.review.domain.shared.Sha256;

import java.util.Map;

/**
 * Where the site's batch packages are made (port; implemented in {@code infrastructure.review}): the unsigned
 * package of a built batch (payload {@code batch.xml} with each application's document, plus its attachment files),
 * and its signed copy in the outbox ({@code <data>/outbox/}), which appears under its final name only when the
 * surrounding transaction commits; and sends a signed package to the municipal endpoint (no transaction).
 */
public interface BatchOutbox {

    /** The signed package: its file name in the outbox, its SHA-256 and the signer's subject. */
    record Sealed(String fileName, Sha256 digest, String signer) {
    }

    /** One sending round: delivered under {@code remotePath}, or not, with the last error id and detail. */
    record Sent(int attempts, String remotePath, String errorId, String detail) {
    }

    /** Whether a municipal endpoint is configured, so that batches can be sent from here. */
    boolean canSend();

    /** Sends the signed package of {@code batch} to the municipal inbox (temporary name, then rename; retries). */
    Sent send(OutgoingBatch batch) throws RefusedException;

    /** Writes the unsigned package of {@code batch}; {@code applications} holds the application of every item. */
    void writeUnsigned(OutgoingBatch batch, String recommenderName, Map<String, Application> applications)
            throws RefusedException;

    /** Signs the unsigned package with the site's key into the outbox (final name after commit). */
    Sealed seal(OutgoingBatch batch) throws RefusedException;
}
