package cn.sh.pilot.review.domain.batch;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.sh.pilot.review.domain.shared.BatchId;
import cn.sh.pilot.review.domain.shared.RecommenderCode;

/** The batches the municipal bureau has accepted from one recommender, in sequence order. */
public record BatchChain(RecommenderCode recommender, List<ChainLink> accepted) {

    public BatchChain {
        Objects.requireNonNull(recommender, "recommender");
        accepted = accepted.stream().sorted(Comparator.comparingInt(ChainLink::sequence)).toList();
    }

    public static BatchChain empty(RecommenderCode recommender) {
        return new BatchChain(recommender, List.of());
    }

    public Optional<ChainLink> last() {
        return accepted.isEmpty() ? Optional.empty() : Optional.of(accepted.get(accepted.size() - 1));
    }

    public Optional<ChainLink> at(int sequence) {
        return accepted.stream().filter(link -> link.sequence() == sequence).findFirst();
    }

    public Optional<ChainLink> withId(BatchId id) {
        return accepted.stream().filter(link -> link.batchId().equals(id)).findFirst();
    }

    /** This chain with {@code link} accepted after its last batch. */
    public BatchChain extendedBy(ChainLink link) {
        return new BatchChain(recommender, java.util.stream.Stream.concat(accepted.stream(), java.util.stream.Stream.of(link)).toList());
    }
}
