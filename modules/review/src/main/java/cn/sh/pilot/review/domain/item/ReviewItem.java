package cn.sh.pilot.review.domain.item;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import cn.sh.pilot.review.api.ReviewError;
import cn.sh.pilot.review.domain.decision.Decision;
import cn.sh.pilot.review.domain.decision.DecisionProposal;
import cn.sh.pilot.review.domain.decision.DecisionReason;
import cn.sh.pilot.review.domain.decision.FourEyesPolicy;
import cn.sh.pilot.review.domain.decision.Outcome;
import cn.sh.pilot.review.domain.decision.ProjectNumber;
import cn.sh.pilot.review.domain.decision.ProjectTerm;
import cn.sh.pilot.review.domain.routing.ReviewDomain;
import cn.sh.pilot.review.domain.routing.RoutingTable;
import cn.sh.pilot.review.domain.scoring.ConflictOfInterestPolicy;
import cn.sh.pilot.review.domain.scoring.CriteriaTable;
import cn.sh.pilot.review.domain.scoring.Expert;
import cn.sh.pilot.review.domain.scoring.ExpertAssignment;
import cn.sh.pilot.review.domain.scoring.Score;
import cn.sh.pilot.review.domain.scoring.ScoreSummary;
import cn.sh.pilot.review.domain.shared.Actor;
import cn.sh.pilot.review.domain.shared.ApplicationId;
import cn.sh.pilot.review.domain.shared.BatchId;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.ItemId;
import cn.sh.pilot.review.domain.shared.ProjectType;
import cn.sh.pilot.review.domain.shared.RecommenderCode;
import cn.sh.pilot.review.domain.shared.Refusal;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;
import cn.sh.pilot.review.domain.shared.ReviewRole;
import cn.sh.pilot.review.domain.shared.ShanghaiTime;
import cn.sh.pilot.review.domain.shared.Verdict;

/**
 * A recommended item under municipal review (§四(一), §五(五)): routed to a domain, formally
 * checked, scored by experts, its type confirmed or changed, then decided by two people.
 *
 * <p>Every change raises {@link #version()}. A decision step names the version its user saw; if the
 * item moved on meanwhile it is refused with {@code decision-conflict}, naming who acted first, so of
 * two simultaneous decisions exactly one wins. (The database's optimistic lock guards the same
 * version across instances.)
 */
public final class ReviewItem {

    private final ItemId id;
    private final BatchId batchId;
    private final CallId callId;
    private final RecommenderCode recommender;
    private final int priorityRank;
    private final ApplicationId applicationId;
    private final Applicant applicant;
    private final String projectName;
    private final String pilotKind;
    private final ProjectType declaredType;
    private final Recommendation recommendation;
    private final String declaredDirectionGroup;
    private final String declaredDirection;

    private ProjectType type;
    private boolean typeConfirmed;
    private String directionGroup;
    private String direction;
    private ReviewDomain domain;
    private ItemStatus status = ItemStatus.UNDER_REVIEW;
    private final Map<String, CheckResult> checks = new LinkedHashMap<>();
    private final List<ExpertAssignment> assignments = new ArrayList<>();
    private final Map<String, Score> scores = new LinkedHashMap<>();
    private final List<TypeDecision> typeDecisions = new ArrayList<>();
    private CorrectionRequest correction;
    private ItemId correctionOf;
    private ItemId supersededBy;
    private DecisionProposal proposal;
    private Decision decision;
    private long version;
    private Change lastChange;

    private ReviewItem(ImportedItem data, ReviewDomain domain) {
        this.id = data.itemId();
        this.batchId = data.batchId();
        this.callId = data.batchCallId();
        this.recommender = data.recommender();
        this.priorityRank = data.rank();
        this.applicationId = data.applicationId();
        this.applicant = data.applicant();
        this.projectName = data.projectName();
        this.pilotKind = data.pilotKind();
        this.declaredType = data.declaredType();
        this.recommendation = data.recommendation();
        this.declaredDirectionGroup = data.directionGroup();
        this.declaredDirection = data.direction();
        this.type = data.declaredType();
        this.directionGroup = data.directionGroup();
        this.direction = data.direction();
        this.domain = domain;
    }

    /**
     * Takes an item of an accepted batch into review and routes it: a key project to the domain of
     * its direction group, a general project to the domain its pilot kind starts in.
     */
    public static ReviewItem imported(ImportedItem data, RoutingTable routing, Instant at) throws ReviewRefusedException {
        Verdict verdict = Verdict.allow();
        if (!data.recommendation().recommended()) {
            verdict = verdict.and(Verdict.refuse(ReviewError.ITEM_NOT_RECOMMENDED));
        }
        if (!data.applicationCallId().equals(data.batchCallId())) {
            verdict = verdict.and(Verdict.refuse(ReviewError.ITEM_CALL_MISMATCH,
                    "application " + data.applicationCallId() + ", batch " + data.batchCallId()));
        }
        if (!routing.callId().equals(data.batchCallId())) {
            verdict = verdict.and(Verdict.refuse(ReviewError.ITEM_CALL_MISMATCH,
                    "routing of " + routing.callId() + ", batch " + data.batchCallId()));
        }
        verdict.about(data.itemId().toString()).orThrow();
        ReviewDomain domain = data.declaredType() == ProjectType.KEY
                ? routing.forDirectionGroup(data.directionGroup())
                : routing.forGeneralProject(data.pilotKind());
        ReviewItem item = new ReviewItem(data, domain);
        item.lastChange = new Change("system", "import", at, "imported from batch " + data.batchId());
        return item;
    }

    /** The item as it was saved ({@link #state()}); the rules ran when that state was made. */
    public static ReviewItem restore(ReviewItemState state) {
        ReviewItem item = new ReviewItem(state.data(), state.domain());
        item.type = state.type();
        item.typeConfirmed = state.typeConfirmed();
        item.directionGroup = state.directionGroup();
        item.direction = state.direction();
        item.status = state.status();
        state.checks().forEach(check -> item.checks.put(check.code(), check));
        item.assignments.addAll(state.assignments());
        state.scores().forEach(score -> item.scores.put(score.expertUserId(), score));
        item.typeDecisions.addAll(state.typeDecisions());
        item.correction = state.correction();
        item.correctionOf = state.correctionOf();
        item.supersededBy = state.supersededBy();
        item.proposal = state.proposal();
        item.decision = state.decision();
        item.version = state.version();
        item.lastChange = state.lastChange();
        return item;
    }

    /** Everything this item holds, for persistence. */
    public ReviewItemState state() {
        ImportedItem data = new ImportedItem(id, batchId, callId, recommender, priorityRank, applicationId, callId,
                applicant, projectName, pilotKind, declaredType, declaredDirectionGroup, declaredDirection, recommendation);
        return new ReviewItemState(data, type, typeConfirmed, directionGroup, direction, domain, status, checks(),
                assignments(), scores(), typeDecisions(), correction, correctionOf, supersededBy, proposal, decision,
                version, lastChange);
    }

    // ---- routing (§五(五)) ----

    /** Moves a general project to another domain's worklist; a key project follows its direction group. */
    public void reroute(String domainCode, String reason, RoutingTable routing, Actor by, Instant at)
            throws ReviewRefusedException {
        requireEditable();
        if (type == ProjectType.KEY) {
            throw refused(ReviewError.ROUTING_FIXED_BY_DIRECTION, "direction group " + directionGroup);
        }
        if (reason == null || reason.isBlank()) {
            throw refused(ReviewError.ROUTING_REASON_MISSING, "");
        }
        this.domain = routing.domain(domainCode);
        changed(by, at, "rerouted to " + domainCode);
    }

    // ---- formal completeness ----

    /** Records one line of the checklist; a failed line needs a note saying what is wrong. */
    public void recordCheck(Checklist checklist, String code, boolean passed, String note, Actor by, Instant at)
            throws ReviewRefusedException {
        requireEditable();
        if (checklist.item(code).isEmpty()) {
            throw refused(ReviewError.CHECK_UNKNOWN_ITEM, code);
        }
        if (!passed && (note == null || note.isBlank())) {
            throw refused(ReviewError.CHECK_NOTE_MISSING, code);
        }
        checks.put(code, new CheckResult(code, passed, note, by.userId(), at));
        changed(by, at, (passed ? "passed check " : "failed check ") + code);
    }

    public Completeness completeness(Checklist checklist) {
        List<CheckItem> applicable = checklist.applicableTo(type);
        if (applicable.stream().anyMatch(line -> checks.containsKey(line.code()) && !checks.get(line.code()).passed())) {
            return Completeness.INCOMPLETE;
        }
        return applicable.stream().allMatch(line -> checks.containsKey(line.code()))
                ? Completeness.COMPLETE : Completeness.PENDING;
    }

    /** Asks the recommender to correct every failed line by {@code respondBy}; the item waits for its corrected successor. */
    public CorrectionRequest requestCorrection(Checklist checklist, LocalDate respondBy, Actor by, Instant at)
            throws ReviewRefusedException {
        requireEditable();
        List<CorrectionReason> reasons = new ArrayList<>();
        for (CheckItem line : checklist.applicableTo(type)) {
            CheckResult result = checks.get(line.code());
            if (result != null && !result.passed()) {
                reasons.add(new CorrectionReason(line.code(), line.nameZh() + "：" + result.note(),
                        line.nameEn() + ": " + result.note()));
            }
        }
        if (reasons.isEmpty()) {
            throw refused(ReviewError.CORRECTION_WITHOUT_FAILED_CHECK, "");
        }
        if (respondBy.isBefore(ShanghaiTime.dateOf(at))) {
            throw refused(ReviewError.CORRECTION_DEADLINE_PAST, respondBy.toString());
        }
        this.correction = new CorrectionRequest(reasons, respondBy, by.userId(), at);
        this.status = ItemStatus.CORRECTION_REQUESTED;
        changed(by, at, "requested correction");
        return correction;
    }

    /** Makes this item (from a later batch) the corrected successor of {@code original}. */
    public void replaces(ReviewItem original, Instant at) throws ReviewRefusedException {
        if (!original.applicationId.equals(applicationId) || original.status != ItemStatus.CORRECTION_REQUESTED
                || original.id.equals(id)) {
            throw refused(ReviewError.CORRECTION_LINK_MISMATCH, "item " + original.id + " (" + original.status + ")");
        }
        this.correctionOf = original.id;
        original.supersededBy = id;
        original.status = ItemStatus.SUPERSEDED;
        original.version++;
        original.lastChange = new Change("system", "import", at, "superseded by " + id);
    }

    // ---- experts and scores ----

    public void assignExpert(Expert expert, ConflictOfInterestPolicy policy, Actor by, Instant at)
            throws ReviewRefusedException {
        requireEditable();
        Verdict verdict = policy.evaluate(expert, applicant.uscc(), recommender);
        if (isAssigned(expert.userId())) {
            verdict = verdict.and(Verdict.refuse(ReviewError.EXPERT_ALREADY_ASSIGNED, expert.person().displayName()));
        }
        verdict.about(id.toString()).orThrow();
        assignments.add(new ExpertAssignment(expert, by.userId(), at));
        changed(by, at, "assigned expert " + expert.person().displayName());
    }

    /** Records (or replaces) an assigned expert's score sheet, complete and in range for the call's criteria. */
    public void recordScore(Score score, CriteriaTable criteria, Actor by) throws ReviewRefusedException {
        requireEditable();
        if (!isAssigned(score.expertUserId()) || !by.userId().equals(score.expertUserId())) {
            throw refused(ReviewError.EXPERT_NOT_ASSIGNED, by.displayName());
        }
        criteria.judge(score.points()).about(id.toString()).orThrow();
        scores.put(score.expertUserId(), score);
        changed(by, score.scoredAt(), "scored");
    }

    public ScoreSummary scoreSummary(CriteriaTable criteria) {
        return ScoreSummary.of(criteria, List.copyOf(scores.values()));
    }

    // ---- project type (§三) ----

    public void confirmType(Actor by, Instant at) throws ReviewRefusedException {
        requireEditable();
        typeDecisions.add(new TypeDecision(type, type, "", by.userId(), at));
        typeConfirmed = true;
        changed(by, at, "confirmed type " + type);
    }

    /**
     * Changes general ↔ key, with a mandatory reason; a key project needs a direction group and is
     * routed by it, a general project keeps its domain.
     */
    public void changeType(ProjectType to, String newDirectionGroup, String newDirection, String reason,
            RoutingTable routing, Actor by, Instant at) throws ReviewRefusedException {
        requireEditable();
        if (to == type) {
            throw refused(ReviewError.TYPE_CHANGE_SAME_TYPE, to.name());
        }
        if (reason == null || reason.isBlank()) {
            throw refused(ReviewError.TYPE_CHANGE_REASON_MISSING, type + " → " + to);
        }
        if (to == ProjectType.KEY) {
            if (newDirectionGroup == null || newDirectionGroup.isBlank()) {
                throw refused(ReviewError.TYPE_CHANGE_DIRECTION_MISSING, "");
            }
            this.domain = routing.forDirectionGroup(newDirectionGroup);
            this.directionGroup = newDirectionGroup;
            this.direction = newDirection;
        } else {
            this.directionGroup = null;
            this.direction = null;
        }
        typeDecisions.add(new TypeDecision(type, to, reason, by.userId(), at));
        this.type = to;
        this.typeConfirmed = true;
        changed(by, at, "changed type to " + to);
    }

    // ---- four-eyes decision (§四(一)) ----

    /**
     * A municipal operator proposes approval or rejection, on the version they saw. Approval needs
     * a complete formal check, at least one expert score and a confirmed type.
     */
    public void propose(Outcome outcome, DecisionReason reason, ReviewSetup setup, Actor proposer, Instant at,
            long seenVersion) throws ReviewRefusedException {
        requireVersion(seenVersion);
        requireEditable();
        Verdict verdict = Verdict.allow();
        if (!proposer.holds(ReviewRole.MUNICIPAL_OPERATOR)) {
            verdict = verdict.and(Verdict.refuse(ReviewError.DECISION_NOT_OPERATOR, proposer.displayName()));
        }
        if (reason.isBlank()) {
            verdict = verdict.and(Verdict.refuse(ReviewError.DECISION_REASON_MISSING));
        }
        if (outcome == Outcome.APPROVE) {
            if (completeness(setup.checklist()) != Completeness.COMPLETE) {
                verdict = verdict.and(Verdict.refuse(ReviewError.DECISION_ITEM_INCOMPLETE, completeness(setup.checklist()).name()));
            }
            if (scores.isEmpty()) {
                verdict = verdict.and(Verdict.refuse(ReviewError.DECISION_NOT_SCORED));
            }
            if (!typeConfirmed) {
                verdict = verdict.and(Verdict.refuse(ReviewError.DECISION_TYPE_UNCONFIRMED, type.name()));
            }
        }
        verdict.about(id.toString()).orThrow();
        this.proposal = new DecisionProposal(outcome, reason, proposer, at);
        this.status = ItemStatus.PROPOSED;
        changed(proposer, at, "proposed " + outcome);
    }

    /** Takes a pending proposal back so the item can be worked on again. */
    public void withdrawProposal(Actor by, Instant at, long seenVersion) throws ReviewRefusedException {
        requireVersion(seenVersion);
        if (status != ItemStatus.PROPOSED) {
            throw refused(ReviewError.DECISION_NO_PROPOSAL, status.name());
        }
        this.proposal = null;
        this.status = ItemStatus.UNDER_REVIEW;
        changed(by, at, "withdrew the proposal");
    }

    /** Whether {@code confirmer} may confirm the pending proposal on the version they saw; changes nothing. */
    public Verdict confirmable(Actor confirmer, long seenVersion, FourEyesPolicy fourEyes) {
        if (seenVersion != version) {
            return Verdict.refuse(ReviewError.DECISION_CONFLICT, conflictDetail(seenVersion)).about(id.toString());
        }
        if (status != ItemStatus.PROPOSED) {
            return stateRefusal().orElse(Verdict.refuse(ReviewError.DECISION_NO_PROPOSAL, status.name()))
                    .about(id.toString());
        }
        return fourEyes.evaluate(proposal, confirmer).about(id.toString());
    }

    /**
     * Confirms the pending proposal. An approval carries the project number and term allocated for
     * it; a rejection carries neither.
     */
    public Decision confirm(Actor confirmer, Instant at, long seenVersion, FourEyesPolicy fourEyes,
            ProjectNumber number, ProjectTerm term) throws ReviewRefusedException {
        confirmable(confirmer, seenVersion, fourEyes).orThrow();
        this.decision = new Decision(proposal, confirmer, at, number, term);
        this.status = proposal.outcome() == Outcome.APPROVE ? ItemStatus.APPROVED : ItemStatus.REJECTED;
        changed(confirmer, at, "confirmed " + proposal.outcome());
        return decision;
    }

    // ---- guards ----

    private void requireEditable() throws ReviewRefusedException {
        Optional<Verdict> refusal = stateRefusal();
        if (refusal.isPresent()) {
            refusal.get().about(id.toString()).orThrow();
        }
        if (status == ItemStatus.PROPOSED) {
            throw refused(ReviewError.DECISION_PENDING, "proposed by " + proposal.proposer().displayName());
        }
    }

    /** Refusal for an item that is decided or handed back, whatever the action. */
    private Optional<Verdict> stateRefusal() {
        return switch (status) {
            case APPROVED, REJECTED -> Optional.of(Verdict.refuse(ReviewError.ITEM_ALREADY_DECIDED,
                    lastChange.describe()));
            case CORRECTION_REQUESTED, SUPERSEDED -> Optional.of(Verdict.refuse(ReviewError.ITEM_AWAITING_CORRECTION,
                    status.name()));
            default -> Optional.empty();
        };
    }

    private void requireVersion(long seenVersion) throws ReviewRefusedException {
        if (seenVersion != version) {
            throw refused(ReviewError.DECISION_CONFLICT, conflictDetail(seenVersion));
        }
    }

    private String conflictDetail(long seenVersion) {
        return lastChange.describe() + "; version " + version + ", yours " + seenVersion;
    }

    private ReviewRefusedException refused(ReviewError error, String detail) {
        return ReviewRefusedException.of(new Refusal(error, id.toString(), detail));
    }

    private boolean isAssigned(String expertUserId) {
        return assignments.stream().anyMatch(a -> a.expert().userId().equals(expertUserId));
    }

    private void changed(Actor by, Instant at, String action) {
        version++;
        lastChange = new Change(by.userId(), by.displayName(), at, action);
    }

    // ---- reading ----

    public ItemId id() {
        return id;
    }

    public BatchId batchId() {
        return batchId;
    }

    public CallId callId() {
        return callId;
    }

    public RecommenderCode recommender() {
        return recommender;
    }

    public int priorityRank() {
        return priorityRank;
    }

    public ApplicationId applicationId() {
        return applicationId;
    }

    public Applicant applicant() {
        return applicant;
    }

    public String projectName() {
        return projectName;
    }

    public String pilotKind() {
        return pilotKind;
    }

    public ProjectType declaredType() {
        return declaredType;
    }

    public ProjectType type() {
        return type;
    }

    public boolean isTypeConfirmed() {
        return typeConfirmed;
    }

    public Optional<String> directionGroup() {
        return Optional.ofNullable(directionGroup);
    }

    public Optional<String> direction() {
        return Optional.ofNullable(direction);
    }

    public ReviewDomain domain() {
        return domain;
    }

    public Recommendation recommendation() {
        return recommendation;
    }

    public ItemStatus status() {
        return status;
    }

    public List<CheckResult> checks() {
        return List.copyOf(checks.values());
    }

    public List<ExpertAssignment> assignments() {
        return List.copyOf(assignments);
    }

    public List<Score> scores() {
        return List.copyOf(scores.values());
    }

    public List<TypeDecision> typeDecisions() {
        return List.copyOf(typeDecisions);
    }

    public Optional<CorrectionRequest> correction() {
        return Optional.ofNullable(correction);
    }

    public Optional<ItemId> correctionOf() {
        return Optional.ofNullable(correctionOf);
    }

    public Optional<ItemId> supersededBy() {
        return Optional.ofNullable(supersededBy);
    }

    public Optional<DecisionProposal> proposal() {
        return Optional.ofNullable(proposal);
    }

    public Optional<Decision> decision() {
        return Optional.ofNullable(decision);
    }

    public long version() {
        return version;
    }

    public Change lastChange() {
        return lastChange;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReviewItem item && item.id.equals(id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }
}
