package cn.sh.pilot.review.domain.batch;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import cn.sh.pilot.review.api.ReviewError;
import cn.sh.pilot.review.domain.preliminary.PreliminaryReview;
import cn.sh.pilot.review.domain.shared.BatchId;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.RecommenderCode;
import cn.sh.pilot.review.domain.shared.Refusal;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;
import cn.sh.pilot.review.domain.shared.Verdict;

/**
 * Builds a recommender's next batch (recommender side, notice §五(三)): every recommended, not yet
 * sent application of the call, in priority order, with the header that chains it to the last
 * batch sent. Refuses, reporting every problem at once: a review of another recommender (a
 * recommender only submits for itself) or of another call, an unranked, duplicate-ranked or
 * non-contiguous ranking, and an empty batch.
 */
public final class BatchAssembly {

    private final Clock clock;

    public BatchAssembly(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param site     the recommender whose site (or CLI) builds the batch
     * @param call     the call the batch answers
     * @param reviews  the site's preliminary reviews of that call
     * @param lastSent the last batch this recommender sent, empty before its first
     */
    public Batch assemble(RecommenderCode site, CallId call, List<PreliminaryReview> reviews, Optional<ChainLink> lastSent)
            throws ReviewRefusedException {
        Verdict verdict = Verdict.allow();
        for (PreliminaryReview review : reviews) {
            if (!review.recommender().equals(site)) {
                verdict = verdict.and(refuse(ReviewError.BATCH_FOREIGN_RECOMMENDER, review,
                        "reviewed by " + review.recommender() + ", not " + site));
            }
            if (!review.callId().equals(call)) {
                verdict = verdict.and(refuse(ReviewError.BATCH_ITEM_OTHER_CALL, review,
                        "call " + review.callId() + ", not " + call));
            }
        }
        List<PreliminaryReview> recommended = reviews.stream()
                .filter(PreliminaryReview::isRecommended)
                .filter(review -> !review.isSent())
                .toList();
        if (recommended.isEmpty()) {
            verdict = verdict.and(Verdict.refuse(ReviewError.BATCH_EMPTY, "call " + call + ", recommender " + site));
        }
        verdict = verdict.and(ranking(recommended));
        verdict.orThrow();

        List<BatchItem> items = recommended.stream()
                .sorted(Comparator.comparingInt(review -> review.rank().getAsInt()))
                .map(BatchItem::of)
                .toList();
        BatchHeader header = new BatchHeader(BatchId.newId(), site, call,
                lastSent.map(link -> link.sequence() + 1).orElse(1),
                lastSent.map(ChainLink::packageDigest).orElse(null),
                clock.instant(), items.size());
        return new Batch(header, items);
    }

    /** Ranks 1..n, each once, where n is the number of recommended applications. */
    private static Verdict ranking(List<PreliminaryReview> recommended) {
        Verdict verdict = Verdict.allow();
        for (PreliminaryReview review : recommended) {
            if (review.rank().isEmpty()) {
                verdict = verdict.and(refuse(ReviewError.BATCH_ITEM_UNRANKED, review, ""));
            }
        }
        Map<Integer, List<PreliminaryReview>> byRank = recommended.stream()
                .filter(review -> review.rank().isPresent())
                .collect(Collectors.groupingBy(review -> review.rank().getAsInt(), TreeMap::new, Collectors.toList()));
        for (Map.Entry<Integer, List<PreliminaryReview>> rank : byRank.entrySet()) {
            if (rank.getValue().size() > 1) {
                verdict = verdict.and(new Verdict(List.of(new Refusal(ReviewError.BATCH_RANK_DUPLICATE,
                        "rank " + rank.getKey(), rank.getValue().stream()
                                .map(review -> review.applicationId().toString()).collect(Collectors.joining(", "))))));
            }
        }
        if (verdict.isAllowed()) {
            List<Integer> missing = IntStream.rangeClosed(1, recommended.size())
                    .filter(rank -> !byRank.containsKey(rank)).boxed().toList();
            if (!missing.isEmpty()) {
                verdict = Verdict.refuse(ReviewError.BATCH_RANK_GAP, "missing rank " + missing
                        + " among " + recommended.size() + " recommended applications");
            }
        }
        return verdict;
    }

    private static Verdict refuse(ReviewError error, PreliminaryReview review, String detail) {
        return new Verdict(List.of(new Refusal(error, review.applicationId().toString(), detail)));
    }
}
