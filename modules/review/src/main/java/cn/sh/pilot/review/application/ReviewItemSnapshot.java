package cn.sh.pilot.review.application;

import cn.sh.pilot.review.domain.item.ReviewItem;

/** What the audit log keeps of a review item before and after a change. */
public record ReviewItemSnapshot(String itemId, String status, String domain, String type, boolean typeConfirmed,
        long version, int checks, int experts, int scores, String proposal, String projectNumber, String lastAction) {

    public static ReviewItemSnapshot of(ReviewItem item) {
        return new ReviewItemSnapshot(item.id().toString(), item.status().name(), item.domain().code(),
                item.type().name(), item.isTypeConfirmed(), item.version(), item.checks().size(),
                item.assignments().size(), item.scores().size(),
                item.proposal().map(p -> p.outcome() + ": " + p.reason().zh()).orElse(null),
                item.decision().flatMap(d -> d.number()).map(Object::toString).orElse(null), item.lastChange().action());
    }
}
