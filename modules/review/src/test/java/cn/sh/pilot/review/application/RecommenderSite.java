package cn.sh.pilot.review.application;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.sh.pilot.contracts.audit.AuditEntry;
import cn.sh.pilot.contracts.audit.AuditTrail;
import cn.sh.pilot.review.domain.batch.OutgoingBatch;
import cn.sh.pilot.review.domain.batch.OutgoingBatchRepository;
import cn.sh.pilot.review.domain.preliminary.PreliminaryReview;
import cn.sh.pilot.review.domain.preliminary.PreliminaryReviewRepository;
import cn.sh.pilot.review.domain.shared.ApplicationId;
import cn.sh.pilot.review.domain.shared.BatchId;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.RecommenderCode;

/** A recommender site's review state in memory, with an audit trail that remembers the actions; fresh per test. */
final class RecommenderSite {

    final Reviews reviews = new Reviews();
    final Batches batches = new Batches();
    final Audit audit = new Audit();

    static final class Reviews implements PreliminaryReviewRepository {
        private final Map<ApplicationId, PreliminaryReview> byId = new LinkedHashMap<>();

        @Override
        public Optional<PreliminaryReview> find(ApplicationId applicationId) {
            return Optional.ofNullable(byId.get(applicationId));
        }

        @Override
        public List<PreliminaryReview> ofCall(RecommenderCode recommender, CallId call) {
            return byId.values().stream().filter(r -> r.recommender().equals(recommender) && r.callId().equals(call)).toList();
        }

        @Override
        public void save(PreliminaryReview review) {
            byId.put(review.applicationId(), review);
        }
    }

    static final class Batches implements OutgoingBatchRepository {
        private final Map<BatchId, OutgoingBatch> byId = new LinkedHashMap<>();

        @Override
        public Optional<OutgoingBatch> find(BatchId id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public List<OutgoingBatch> of(RecommenderCode recommender) {
            return byId.values().stream().filter(b -> b.header().recommender().equals(recommender))
                    .sorted(Comparator.comparingInt((OutgoingBatch b) -> b.header().sequence()).reversed()).toList();
        }

        @Override
        public void save(OutgoingBatch batch) {
            byId.put(batch.header().id(), batch);
        }

        @Override
        public void discard(BatchId id) {
            byId.remove(id);
        }
    }

    static final class Audit implements AuditTrail {
        final List<AuditEntry> entries = new ArrayList<>();

        @Override
        public AuditEntry record(String action, String entityType, String entityId, Object before, Object after) {
            AuditEntry entry = new AuditEntry(entries.size() + 1, OffsetDateTime.now(ZoneOffset.UTC), "test", action,
                    entityType, entityId, String.valueOf(before), String.valueOf(after), "");
            entries.add(entry);
            return entry;
        }

        List<String> actions() {
            return entries.stream().map(AuditEntry::action).toList();
        }
    }
}
