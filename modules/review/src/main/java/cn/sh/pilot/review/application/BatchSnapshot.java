package cn.sh.pilot.review.application;

import java.util.List;

import cn.sh.pilot.review.domain.batch.BatchHeader;
import cn.sh.pilot.review.domain.batch.OutgoingBatch;
import cn.sh.pilot.review.domain.shared.Sha256;

/** What the audit log keeps of an outgoing batch: header, state, items (rank → application) and the package. */
public record BatchSnapshot(String batchId, String recommender, String callId, int sequence, String previousPackage,
        String state, List<String> items, String packageName, String packageSha256, OutgoingBatch.Delivery delivery) {

    public static BatchSnapshot of(OutgoingBatch b) {
        BatchHeader h = b.header();
        return new BatchSnapshot(h.id().toString(), h.recommender().value(), h.callId().value(), h.sequence(),
                h.previous().map(Sha256::hex).orElse(null), b.state().name(),
                b.batch().items().stream().map(i -> i.rank() + ":" + i.applicationId()).toList(),
                b.packageName().orElse(null), b.packageDigest().map(Sha256::hex).orElse(null),
                b.lastDelivery().orElse(null));
    }
}
