package cn.sh.pilot.review.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.sh.pilot.contracts.audit.AuditTrail;
import cn.sh.pilot.review.api.ReviewError;
import cn.sh.pilot.review.domain.approval.Confirmation;
import cn.sh.pilot.review.domain.approval.ConfirmedDecisions;
import cn.sh.pilot.review.domain.approval.DecisionConfirmation;
import cn.sh.pilot.review.domain.decision.DecisionReason;
import cn.sh.pilot.review.domain.decision.FourEyesPolicy;
import cn.sh.pilot.review.domain.decision.Outcome;
import cn.sh.pilot.review.domain.decision.ProjectNumberSequence;
import cn.sh.pilot.review.domain.item.ImportedItem;
import cn.sh.pilot.review.domain.item.ReviewItem;
import cn.sh.pilot.review.domain.item.ReviewItemRepository;
import cn.sh.pilot.review.domain.item.ReviewSetup;
import cn.sh.pilot.review.domain.scoring.ConflictOfInterestPolicy;
import cn.sh.pilot.review.domain.scoring.Expert;
import cn.sh.pilot.review.domain.scoring.Score;
import cn.sh.pilot.review.domain.shared.Actor;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.ItemId;
import cn.sh.pilot.review.domain.shared.ProjectType;
import cn.sh.pilot.review.domain.shared.Refusal;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;
import cn.sh.pilot.review.domain.shared.ReviewRole;

/**
 * The municipal review use cases (§四(一), §五(五)): route an imported item, record checks, assign experts (conflicts
 * of interest refused), score, confirm or change the type, propose a decision and confirm one or many (four eyes).
 * Each loads the item, lets the domain decide, saves and writes one audit entry; the app runs each in one
 * transaction. Routing, checks, experts and type are a municipal operator's work; scoring an assigned expert's.
 */
public final class MunicipalReview {

    /** Reads a call's setup (routing, checklist, criteria, year, term). */
    public interface Setups {
        ReviewSetup of(CallId call) throws ReviewRefusedException;
    }

    private final ReviewItemRepository items;
    private final Setups setups;
    private final DecisionConfirmation confirmation;
    private final AuditTrail audit;
    private final Clock clock;
    private final ConflictOfInterestPolicy conflicts = new ConflictOfInterestPolicy();

    public MunicipalReview(ReviewItemRepository items, Setups setups, ProjectNumberSequence numbers, AuditTrail audit,
            Clock clock) {
        this.items = Objects.requireNonNull(items);
        this.setups = Objects.requireNonNull(setups);
        this.confirmation = new DecisionConfirmation(new FourEyesPolicy(), numbers);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Routes an imported item to its domain's worklist: a key project by direction group, a general one by pilot kind. */
    public ReviewItem route(Actor operator, ItemId id) throws ReviewRefusedException {
        requireOperator(operator, id);
        ImportedItem data = items.unrouted(id).orElseThrow(() -> items.callOf(id).isPresent()
                ? refused(ReviewError.REVIEW_ITEM_ALREADY_ROUTED, id) : refused(ReviewError.REVIEW_ITEM_NOT_FOUND, id));
        ReviewItem item = ReviewItem.imported(data, setups.of(data.batchCallId()).routing(), now());
        items.save(item);
        audit.record(ReviewAuditActions.ITEM_ROUTED, ReviewAuditActions.ITEM_ENTITY, id.toString(), null,
                ReviewItemSnapshot.of(item));
        return item;
    }

    public ReviewItem reroute(Actor operator, ItemId id, String domainCode, String reason) throws ReviewRefusedException {
        requireOperator(operator, id);
        return change(id, ReviewAuditActions.ITEM_REROUTED, (item, setup) ->
                item.reroute(domainCode, reason, setup.routing(), operator, now()));
    }

    public ReviewItem recordCheck(Actor operator, ItemId id, String code, boolean passed, String note)
            throws ReviewRefusedException {
        requireOperator(operator, id);
        return change(id, ReviewAuditActions.ITEM_CHECKED, (item, setup) ->
                item.recordCheck(setup.checklist(), code, passed, note, operator, now()));
    }

    public ReviewItem assignExpert(Actor operator, ItemId id, Expert expert) throws ReviewRefusedException {
        requireOperator(operator, id);
        return change(id, ReviewAuditActions.EXPERT_ASSIGNED, (item, setup) ->
                item.assignExpert(expert, conflicts, operator, now()));
    }

    public ReviewItem score(Actor expert, ItemId id, Map<String, BigDecimal> points, String comment)
            throws ReviewRefusedException {
        return change(id, ReviewAuditActions.ITEM_SCORED, (item, setup) ->
                item.recordScore(new Score(expert.userId(), points, comment, now()), setup.criteria(), expert));
    }

    public ReviewItem confirmType(Actor operator, ItemId id) throws ReviewRefusedException {
        requireOperator(operator, id);
        return change(id, ReviewAuditActions.TYPE_CONFIRMED, (item, setup) -> item.confirmType(operator, now()));
    }

    public ReviewItem changeType(Actor operator, ItemId id, ProjectType to, String group, String direction, String reason)
            throws ReviewRefusedException {
        requireOperator(operator, id);
        return change(id, ReviewAuditActions.TYPE_CHANGED, (item, setup) ->
                item.changeType(to, group, direction, reason, setup.routing(), operator, now()));
    }

    public ReviewItem propose(Actor operator, ItemId id, Outcome outcome, DecisionReason reason, long seenVersion)
            throws ReviewRefusedException {
        return change(id, ReviewAuditActions.DECISION_PROPOSED, (item, setup) ->
                item.propose(outcome, reason, setup, operator, now(), seenVersion));
    }

    public ReviewItem withdraw(Actor operator, ItemId id, long seenVersion) throws ReviewRefusedException {
        requireOperator(operator, id);
        return change(id, ReviewAuditActions.PROPOSAL_WITHDRAWN, (item, setup) ->
                item.withdrawProposal(operator, now(), seenVersion));
    }

    /**
     * Confirms the pending proposals of the given items (item → version seen) in one go, all or nothing. Items of
     * several calls are confirmed call by call, each with its own numbers and term.
     */
    public ConfirmedDecisions confirm(Actor approver, Map<ItemId, Long> seen) throws ReviewRefusedException {
        Instant at = now();
        List<Refusal> missing = new ArrayList<>();
        Map<CallId, List<Confirmation>> byCall = new java.util.LinkedHashMap<>();
        Map<CallId, ReviewSetup> setupsByCall = new java.util.LinkedHashMap<>();
        for (Map.Entry<ItemId, Long> e : seen.entrySet()) {
            ReviewItem item = null;
            try {
                ReviewSetup setup = setupOfAny(e.getKey());
                item = items.find(e.getKey()).orElse(null);
                if (item != null) {
                    setupsByCall.putIfAbsent(item.callId(), setup);
                    byCall.computeIfAbsent(item.callId(), c -> new ArrayList<>()).add(new Confirmation(item, e.getValue()));
                }
            } catch (ReviewRefusedException refusal) {
                missing.addAll(refusal.refusals());
                continue;
            }
            if (item == null) {
                missing.add(new Refusal(ReviewError.REVIEW_ITEM_NOT_FOUND, e.getKey().toString(), ""));
            }
        }
        if (!missing.isEmpty()) {
            throw new ReviewRefusedException(missing);
        }
        if (byCall.isEmpty()) {
            throw ReviewRefusedException.of(Refusal.of(ReviewError.DECISION_BATCH_EMPTY, ""));
        }
        List<cn.sh.pilot.review.domain.decision.Decision> decisions = new ArrayList<>();
        List<cn.sh.pilot.review.api.ProjectApproved> approvals = new ArrayList<>();
        for (Map.Entry<CallId, List<Confirmation>> e : byCall.entrySet()) {
            List<ReviewItemSnapshot> before = e.getValue().stream().map(c -> ReviewItemSnapshot.of(c.item())).toList();
            ConfirmedDecisions done = confirmation.confirm(e.getValue(), setupsByCall.get(e.getKey()), approver, at);
            for (int i = 0; i < e.getValue().size(); i++) {
                ReviewItem item = e.getValue().get(i).item();
                items.save(item);
                audit.record(ReviewAuditActions.DECISION_CONFIRMED, ReviewAuditActions.ITEM_ENTITY, item.id().toString(),
                        before.get(i), ReviewItemSnapshot.of(item));
            }
            decisions.addAll(done.decisions());
            approvals.addAll(done.approvals());
        }
        return new ConfirmedDecisions(decisions, approvals);
    }

    /** The setup of the call an item (routed or not) belongs to. */
    public ReviewSetup setupOf(ItemId id) throws ReviewRefusedException {
        return setupOfAny(id);
    }

    public ReviewSetup setup(CallId call) throws ReviewRefusedException {
        return setups.of(call);
    }

    /** The repository, for the reading side of pages (lists and one item). */
    public ReviewItemRepository items() {
        return items;
    }

    @FunctionalInterface
    private interface Step {
        void apply(ReviewItem item, ReviewSetup setup) throws ReviewRefusedException;
    }

    private ReviewItem change(ItemId id, String action, Step step) throws ReviewRefusedException {
        ReviewSetup setup = setupOfAny(id);
        ReviewItem item = items.find(id).orElseThrow(() -> items.unrouted(id).isPresent()
                ? refused(ReviewError.REVIEW_ITEM_NOT_ROUTED, id) : refused(ReviewError.REVIEW_ITEM_NOT_FOUND, id));
        ReviewItemSnapshot before = ReviewItemSnapshot.of(item);
        step.apply(item, setup);
        items.save(item);
        audit.record(action, ReviewAuditActions.ITEM_ENTITY, id.toString(), before, ReviewItemSnapshot.of(item));
        return item;
    }

    private ReviewSetup setupOfAny(ItemId id) throws ReviewRefusedException {
        ImportedItem data = items.unrouted(id).orElse(null);
        if (data != null) {
            return setups.of(data.batchCallId());
        }
        CallId call = items.callOf(id).orElseThrow(() -> refused(ReviewError.REVIEW_ITEM_NOT_FOUND, id));
        return setups.of(call);
    }

    private static void requireOperator(Actor actor, ItemId id) throws ReviewRefusedException {
        if (!actor.holds(ReviewRole.MUNICIPAL_OPERATOR)) {
            throw refused(ReviewError.REVIEW_NOT_OPERATOR, id);
        }
    }

    private static ReviewRefusedException refused(ReviewError error, ItemId id) {
        return ReviewRefusedException.of(new Refusal(error, id.toString(), ""));
    }

    private Instant now() {
        return clock.instant();
    }
}
