package cn.sh.pilot.review.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sh.pilot.review.api.ProjectApproved;
import cn.sh.pilot.review.domain.approval.ConfirmedDecisions;
import cn.sh.pilot.review.domain.decision.DecisionReason;
import cn.sh.pilot.review.domain.decision.Outcome;
import cn.sh.pilot.review.domain.item.ImportedItem;
import cn.sh.pilot.review.domain.item.ItemStatus;
import cn.sh.pilot.review.domain.item.ReviewItem;
import cn.sh.pilot.review.domain.item.ReviewItemRepository;
import cn.sh.pilot.review.domain.scoring.Expert;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.ItemId;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;
import cn.sh.pilot.review.fixtures.Reviews;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MunicipalReviewTest {

    private final Items items = new Items();
    private final RecommenderSite.Audit audit = new RecommenderSite.Audit();
    private final Reviews.CountingSequence numbers = new Reviews.CountingSequence(7);
    private final MunicipalReview review = new MunicipalReview(items, call -> Reviews.setup(), numbers, audit,
            Reviews.clockAt(Reviews.NOW));

    @Test
    void an_item_goes_from_import_to_approval_with_a_number_a_term_and_the_recommender_as_guarantor() throws Exception {
        ItemId id = items.imported(Reviews.keyItem());
        ReviewItem routed = review.route(Reviews.OPERATOR, id);
        assertThat(routed.domain().code()).isEqualTo("PUBLIC_SERVICE");
        for (String line : List.of("stamped-form", "recommender-opinion", "industry-endorsement", "planned-standards")) {
            review.recordCheck(Reviews.OPERATOR, id, line, true, "");
        }
        review.assignExpert(Reviews.OPERATOR, id, new Expert(Reviews.EXPERT_ZHOU, Reviews.UNIVERSITY_USCC, null));
        review.score(Reviews.EXPERT_ZHOU, id, Reviews.points(22, 20, 16, 8, 17), "方向契合。");
        ReviewItem typed = review.confirmType(Reviews.OPERATOR, id);
        ReviewItem proposed = review.propose(Reviews.OPERATOR_APPROVER, id, Outcome.APPROVE,
                new DecisionReason("meets-call-requirements", "同意立项", null), typed.version());

        assertThatThrownBy(() -> review.confirm(Reviews.OPERATOR_APPROVER, Map.of(id, proposed.version())))
                .isInstanceOf(ReviewRefusedException.class)
                .satisfies(e -> assertThat(((ReviewRefusedException) e).refusals()).extracting(r -> r.id())
                        .containsExactly("decision-self-approval"));
        assertThat(items.find(id).orElseThrow().status()).isEqualTo(ItemStatus.PROPOSED);
        assertThat(numbers.calls()).isZero();

        ConfirmedDecisions done = review.confirm(Reviews.APPROVER, Map.of(id, proposed.version()));
        ProjectApproved approved = done.approvals().get(0);
        assertThat(approved.projectNumber()).isEqualTo("SHBZSD-2023-0007");
        assertThat(approved.termStart()).isEqualTo(LocalDate.of(2023, 7, 20));
        assertThat(approved.termEnd()).isEqualTo(LocalDate.of(2025, 7, 19));
        assertThat(approved.guarantorCode()).isEqualTo(Reviews.XUHUI.value());
        assertThat(items.find(id).orElseThrow().status()).isEqualTo(ItemStatus.APPROVED);
        assertThat(audit.actions()).startsWith("review-item.routed").endsWith("review-item.decision-confirmed");
    }

    @Test
    void routing_checks_experts_and_type_are_a_municipal_operators_work_and_conflicts_are_refused() throws Exception {
        ItemId id = items.imported(Reviews.generalItem());
        assertThatThrownBy(() -> review.route(Reviews.EXPERT_ZHOU, id)).hasMessageContaining("Only a municipal operator");
        review.route(Reviews.OPERATOR, id);
        assertThatThrownBy(() -> review.route(Reviews.OPERATOR, id)).hasMessageContaining("already routed");
        assertThatThrownBy(() -> review.assignExpert(Reviews.OPERATOR, id,
                new Expert(Reviews.EXPERT_ZHOU, Reviews.APPLICANT_USCC, null)))
                .satisfies(e -> assertThat(((ReviewRefusedException) e).refusals()).extracting(r -> r.id())
                        .containsExactly("expert-same-organisation"));
        assertThatThrownBy(() -> review.score(Reviews.EXPERT_QIAN, id, Reviews.points(1, 1, 1, 1, 1), ""))
                .satisfies(e -> assertThat(((ReviewRefusedException) e).refusals()).extracting(r -> r.id())
                        .containsExactly("expert-not-assigned"));
        assertThatThrownBy(() -> review.withdraw(Reviews.EXPERT_ZHOU, id, 0)).hasMessageContaining("Only a municipal operator");
        assertThatThrownBy(() -> review.recordCheck(Reviews.OPERATOR, ItemId.newId(), "stamped-form", true, ""))
                .hasMessageContaining("not found");
    }

    @Test
    void a_batch_confirmation_with_one_stale_item_changes_nothing() throws Exception {
        List<ItemId> ids = new ArrayList<>();
        Map<ItemId, Long> seen = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            ItemId id = items.imported(Reviews.generalItem());
            review.route(Reviews.OPERATOR, id);
            ReviewItem item = review.propose(Reviews.OPERATOR, id, Outcome.REJECT,
                    new DecisionReason("not-selected", "未入选", null), items.find(id).orElseThrow().version());
            ids.add(id);
            seen.put(id, item.version());
        }
        seen.put(ids.get(1), seen.get(ids.get(1)) - 1);

        assertThatThrownBy(() -> review.confirm(Reviews.APPROVER, seen))
                .satisfies(e -> assertThat(((ReviewRefusedException) e).refusals()).extracting(r -> r.id())
                        .containsExactly("decision-conflict"));
        for (ItemId id : ids) {
            assertThat(items.find(id).orElseThrow().status()).isEqualTo(ItemStatus.PROPOSED);
        }
    }

    /** Items in memory, stored as their state so every read is a fresh copy, as from the database. */
    static final class Items implements ReviewItemRepository {
        private final Map<ItemId, ImportedItem> unrouted = new LinkedHashMap<>();
        private final Map<ItemId, cn.sh.pilot.review.domain.item.ReviewItemState> routed = new LinkedHashMap<>();

        ItemId imported(ImportedItem item) {
            unrouted.put(item.itemId(), item);
            return item.itemId();
        }

        @Override
        public Optional<ImportedItem> unrouted(ItemId id) {
            return Optional.ofNullable(unrouted.get(id));
        }

        @Override
        public Optional<ReviewItem> find(ItemId id) {
            return Optional.ofNullable(routed.get(id)).map(ReviewItem::restore);
        }

        @Override
        public Optional<CallId> callOf(ItemId id) {
            return unrouted.containsKey(id) || routed.containsKey(id) ? Optional.of(Reviews.CALL) : Optional.empty();
        }

        @Override
        public void save(ReviewItem item) {
            unrouted.remove(item.id());
            routed.put(item.id(), item.state());
        }

        @Override
        public List<ImportedItem> unrouted() {
            return List.copyOf(unrouted.values());
        }

        @Override
        public List<ReviewItem> routed(Set<ItemStatus> statuses, String domainCode) {
            return routed.values().stream().map(ReviewItem::restore)
                    .filter(i -> statuses.isEmpty() || statuses.contains(i.status()))
                    .filter(i -> domainCode == null || i.domain().code().equals(domainCode)).toList();
        }

        @Override
        public List<ReviewItem> assignedTo(String expertUserId) {
            return routed(EnumSet.noneOf(ItemStatus.class), null).stream()
                    .filter(i -> i.assignments().stream().anyMatch(a -> a.expert().userId().equals(expertUserId))).toList();
        }

        @Override
        public List<ReviewItem> decidedWithoutNotice() {
            return routed(EnumSet.of(ItemStatus.APPROVED, ItemStatus.REJECTED), null);
        }

        @Override
        public void noticeSent(ItemId id, String file) {
        }

        @Override
        public void flush() {
        }
    }
}
