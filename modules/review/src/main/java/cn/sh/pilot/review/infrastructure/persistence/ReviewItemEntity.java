package cn.sh.pilot.review.infrastructure.persistence;

import cn.sh.pilot.review.domain.decision.Decision;
import cn.sh.pilot.review.domain.decision.DecisionProposal;
import cn.sh.pilot.review.domain.decision.DecisionReason;
import cn.sh.pilot.review.domain.decision.Outcome;
import cn.sh.pilot.review.domain.decision.ProjectNumber;
import cn.sh.pilot.review.domain.decision.ProjectTerm;
import cn.sh.pilot.review.domain.item.Applicant;
import cn.sh.pilot.review.domain.item.Change;
import cn.sh.pilot.review.domain.item.CheckResult;
import cn.sh.pilot.review.domain.item.ImportedItem;
import cn.sh.pilot.review.domain.item.ItemStatus;
import cn.sh.pilot.review.domain.item.Recommendation;
import cn.sh.pilot.review.domain.item.ReviewItemState;
import cn.sh.pilot.review.domain.item.TypeDecision;
import cn.sh.pilot.review.domain.routing.ReviewDomain;
import cn.sh.pilot.review.domain.scoring.Expert;
import cn.sh.pilot.review.domain.scoring.ExpertAssignment;
import cn.sh.pilot.review.domain.scoring.Score;
import cn.sh.pilot.review.domain.shared.Actor;
import cn.sh.pilot.review.domain.shared.ApplicationId;
import cn.sh.pilot.review.domain.shared.BatchId;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.ItemId;
import cn.sh.pilot.review.domain.shared.ProjectType;
import cn.sh.pilot.review.domain.shared.RecommenderCode;
import cn.sh.pilot.review.domain.shared.ReviewRole;
import cn.sh.pilot.review.domain.shared.ShanghaiTime;
import cn.sh.pilot.review.domain.shared.Uscc;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An imported item under municipal review ({@code review_item} with the review columns of {@code V30}, and its
 * checks, expert assignments, scores and type decisions). {@code lock_version} is JPA's optimistic lock: of two
 * transactions that read the same row and both change it, the second to commit fails, whatever instance it runs on.
 * The correction request is not stored yet (no page asks for one).
 */
@Entity
@Table(name = "review_item")
public class ReviewItemEntity {

    /** Status of an imported item nobody has routed yet. */
    public static final String IMPORTED = "IMPORTED";

    @Id
    @Column(name = "item_id", length = 36)
    private String itemId;
    @Column(name = "batch_id", nullable = false, updatable = false)
    private String batchId;
    @Column(name = "recommender", nullable = false, updatable = false)
    private String recommender;
    @Column(name = "priority_rank", nullable = false, updatable = false)
    private int rank;
    @Column(name = "application_id", nullable = false, updatable = false)
    private String applicationId;
    @Column(name = "call_id", nullable = false, updatable = false)
    private String callId;
    @Column(name = "applicant_name", nullable = false, updatable = false)
    private String applicantName;
    @Column(name = "applicant_uscc", nullable = false, updatable = false)
    private String applicantUscc;
    @Column(name = "project_name", nullable = false, updatable = false)
    private String projectName;
    @Column(name = "pilot_kind", nullable = false, updatable = false)
    private String pilotKind;
    @Column(name = "declared_type", nullable = false, updatable = false)
    private String declaredType;
    @Column(name = "direction_group", updatable = false)
    private String directionGroup;
    @Column(name = "direction", updatable = false)
    private String direction;
    @Column(name = "opinion", nullable = false, updatable = false)
    private String opinion;
    @Column(name = "reviewer_name", nullable = false, updatable = false)
    private String reviewerName;
    @Column(name = "reviewer_title", updatable = false)
    private String reviewerTitle;
    @Column(name = "opinion_date", nullable = false, updatable = false)
    private LocalDate opinionDate;
    @Column(name = "imported_at", nullable = false, updatable = false)
    private OffsetDateTime importedAt;

    @Column(name = "status", nullable = false)
    private String status;
    @Column(name = "domain_code")
    private String domainCode;
    @Column(name = "current_type")
    private String currentType;
    @Column(name = "type_confirmed", nullable = false)
    private boolean typeConfirmed;
    @Column(name = "cur_direction_group")
    private String curDirectionGroup;
    @Column(name = "cur_direction")
    private String curDirection;
    @Column(name = "review_version", nullable = false)
    private long reviewVersion;
    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;
    @Column(name = "last_by")
    private String lastBy;
    @Column(name = "last_by_name")
    private String lastByName;
    @Column(name = "last_at")
    private OffsetDateTime lastAt;
    @Column(name = "last_action")
    private String lastAction;
    @Column(name = "proposal_outcome")
    private String proposalOutcome;
    @Column(name = "proposal_reason_code")
    private String proposalReasonCode;
    @Column(name = "proposal_reason_zh")
    private String proposalReasonZh;
    @Column(name = "proposal_reason_en")
    private String proposalReasonEn;
    @Column(name = "proposer")
    private String proposer;
    @Column(name = "proposer_name")
    private String proposerName;
    @Column(name = "proposer_roles")
    private String proposerRoles;
    @Column(name = "proposed_at")
    private OffsetDateTime proposedAt;
    @Column(name = "confirmer")
    private String confirmer;
    @Column(name = "confirmer_name")
    private String confirmerName;
    @Column(name = "confirmer_roles")
    private String confirmerRoles;
    @Column(name = "confirmed_at")
    private OffsetDateTime confirmedAt;
    @Column(name = "project_number")
    private String projectNumber;
    @Column(name = "term_start")
    private LocalDate termStart;
    @Column(name = "term_end")
    private LocalDate termEnd;
    @Column(name = "notice_file")
    private String noticeFile;

    @ElementCollection
    @CollectionTable(name = "review_check", joinColumns = @JoinColumn(name = "item_id"))
    private List<CheckRow> checks = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "review_assignment", joinColumns = @JoinColumn(name = "item_id"))
    private List<AssignmentRow> assignments = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "review_score", joinColumns = @JoinColumn(name = "item_id"))
    private List<ScoreRow> scores = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "review_score_point", joinColumns = @JoinColumn(name = "item_id"))
    private List<PointRow> points = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "review_type_decision", joinColumns = @JoinColumn(name = "item_id"))
    private List<TypeDecisionRow> typeDecisions = new ArrayList<>();

    protected ReviewItemEntity() {
    }

    public String itemId() {
        return itemId;
    }

    public String status() {
        return status;
    }

    public boolean isRouted() {
        return !IMPORTED.equals(status);
    }

    public String callId() {
        return callId;
    }

    public String recommender() {
        return recommender;
    }

    public String noticeFile() {
        return noticeFile;
    }

    public void noticeSent(String file) {
        this.noticeFile = file;
    }

    /** The imported data, as the inbox wrote it. */
    public ImportedItem imported() {
        CallId call = new CallId(callId);
        return new ImportedItem(ItemId.of(itemId), BatchId.of(batchId), call, new RecommenderCode(recommender), rank,
                ApplicationId.of(applicationId), call, new Applicant(applicantName, new Uscc(applicantUscc)), projectName,
                pilotKind, ProjectType.valueOf(declaredType), directionGroup, direction,
                new Recommendation(opinion, true, reviewerName, reviewerTitle, opinionDate));
    }

    /** The stored review state of a routed item; {@code domains} resolves its domain code. */
    public ReviewItemState toState(Function<String, ReviewDomain> domains) {
        Map<String, Map<String, BigDecimal>> pointsByExpert = new LinkedHashMap<>();
        for (PointRow p : points) {
            pointsByExpert.computeIfAbsent(p.expert, e -> new LinkedHashMap<>()).put(p.criterion, p.points);
        }
        DecisionProposal proposal = proposalOutcome == null ? null : new DecisionProposal(Outcome.valueOf(proposalOutcome),
                new DecisionReason(proposalReasonCode, proposalReasonZh, proposalReasonEn),
                actor(proposer, proposerName, proposerRoles), proposedAt.toInstant());
        Decision decision = confirmer == null || proposal == null ? null : new Decision(proposal,
                actor(confirmer, confirmerName, confirmerRoles), confirmedAt.toInstant(),
                projectNumber == null ? null : new ProjectNumber(projectNumber),
                termStart == null ? null : new ProjectTerm(termStart, termEnd));
        return new ReviewItemState(imported(), ProjectType.valueOf(currentType), typeConfirmed, curDirectionGroup,
                curDirection, domains.apply(domainCode), ItemStatus.valueOf(status),
                checks.stream().map(c -> new CheckResult(c.code, c.passed, c.note, c.checkedBy, c.checkedAt.toInstant())).toList(),
                assignments.stream().map(a -> new ExpertAssignment(new Expert(Actor.of(a.expert, a.expertName, ReviewRole.EXPERT),
                        new Uscc(a.organisationUscc), a.recommenderCode == null ? null : new RecommenderCode(a.recommenderCode)),
                        a.assignedBy, a.assignedAt.toInstant())).toList(),
                scores.stream().map(s -> new Score(s.expert, pointsByExpert.getOrDefault(s.expert, Map.of()), s.comment,
                        s.scoredAt.toInstant())).toList(),
                typeDecisions.stream().sorted((a, b) -> Integer.compare(a.ord, b.ord))
                        .map(t -> new TypeDecision(ProjectType.valueOf(t.fromType), ProjectType.valueOf(t.toType), t.reason,
                                t.decidedBy, t.decidedAt.toInstant())).toList(),
                null, null, null, proposal, decision, reviewVersion,
                new Change(lastBy, lastByName, lastAt.toInstant(), lastAction));
    }

    /** Writes the item's review state (the imported columns never change). */
    public void copy(ReviewItemState s) {
        status = s.status().name();
        domainCode = s.domain().code();
        currentType = s.type().name();
        typeConfirmed = s.typeConfirmed();
        curDirectionGroup = s.directionGroup();
        curDirection = s.direction();
        reviewVersion = s.version();
        lastBy = s.lastChange().userId();
        lastByName = s.lastChange().displayName();
        lastAt = ShanghaiTime.offsetOf(s.lastChange().at());
        lastAction = cut(s.lastChange().action(), 200);
        DecisionProposal p = s.proposal();
        proposalOutcome = p == null ? null : p.outcome().name();
        proposalReasonCode = p == null ? null : p.reason().code();
        proposalReasonZh = p == null ? null : p.reason().zh();
        proposalReasonEn = p == null ? null : p.reason().en();
        proposer = p == null ? null : p.proposer().userId();
        proposerName = p == null ? null : p.proposer().displayName();
        proposerRoles = p == null ? null : roles(p.proposer());
        proposedAt = p == null ? null : ShanghaiTime.offsetOf(p.proposedAt());
        Decision d = s.decision();
        confirmer = d == null ? null : d.confirmer().userId();
        confirmerName = d == null ? null : d.confirmer().displayName();
        confirmerRoles = d == null ? null : roles(d.confirmer());
        confirmedAt = d == null ? null : ShanghaiTime.offsetOf(d.confirmedAt());
        projectNumber = d == null ? null : d.number().map(ProjectNumber::value).orElse(null);
        termStart = d == null ? null : d.projectTerm().map(ProjectTerm::start).orElse(null);
        termEnd = d == null ? null : d.projectTerm().map(ProjectTerm::end).orElse(null);
        replace(checks, s.checks().stream().map(CheckRow::new).toList());
        replace(assignments, s.assignments().stream().map(AssignmentRow::new).toList());
        replace(scores, s.scores().stream().map(ScoreRow::new).toList());
        List<PointRow> newPoints = new ArrayList<>();
        s.scores().forEach(score -> score.points().forEach((criterion, value) ->
                newPoints.add(new PointRow(score.expertUserId(), criterion, value))));
        replace(points, newPoints);
        List<TypeDecisionRow> newTypes = new ArrayList<>();
        for (int i = 0; i < s.typeDecisions().size(); i++) {
            newTypes.add(new TypeDecisionRow(i + 1, s.typeDecisions().get(i)));
        }
        replace(typeDecisions, newTypes);
    }

    /** Changes the collection only where rows differ, so unchanged rows are not rewritten. */
    private static <T> void replace(List<T> current, List<T> wanted) {
        if (!current.equals(wanted)) {
            current.retainAll(wanted);
            for (T row : wanted) {
                if (!current.contains(row)) {
                    current.add(row);
                }
            }
        }
    }

    private static String roles(Actor actor) {
        return actor.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static Actor actor(String userId, String name, String roles) {
        Set<ReviewRole> set = EnumSet.noneOf(ReviewRole.class);
        if (roles != null && !roles.isBlank()) {
            Arrays.stream(roles.split(",")).map(ReviewRole::valueOf).forEach(set::add);
        }
        return new Actor(userId, name, set);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    @Embeddable
    public static class CheckRow {
        @Column(name = "code")
        String code;
        @Column(name = "passed")
        boolean passed;
        @Column(name = "note")
        String note;
        @Column(name = "checked_by")
        String checkedBy;
        @Column(name = "checked_at")
        OffsetDateTime checkedAt;

        protected CheckRow() {
        }

        CheckRow(CheckResult c) {
            code = c.code();
            passed = c.passed();
            note = c.note();
            checkedBy = c.checkedBy();
            checkedAt = ShanghaiTime.offsetOf(c.checkedAt());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CheckRow r && r.code.equals(code) && r.passed == passed && r.note.equals(note)
                    && r.checkedBy.equals(checkedBy) && r.checkedAt.toInstant().equals(checkedAt.toInstant());
        }

        @Override
        public int hashCode() {
            return code.hashCode();
        }
    }

    @Embeddable
    public static class AssignmentRow {
        @Column(name = "expert")
        String expert;
        @Column(name = "expert_name")
        String expertName;
        @Column(name = "organisation_uscc")
        String organisationUscc;
        @Column(name = "recommender_code")
        String recommenderCode;
        @Column(name = "assigned_by")
        String assignedBy;
        @Column(name = "assigned_at")
        OffsetDateTime assignedAt;

        protected AssignmentRow() {
        }

        AssignmentRow(ExpertAssignment a) {
            expert = a.expert().userId();
            expertName = a.expert().person().displayName();
            organisationUscc = a.expert().organisation().value();
            recommenderCode = a.expert().affiliatedRecommender().map(RecommenderCode::value).orElse(null);
            assignedBy = a.assignedBy();
            assignedAt = ShanghaiTime.offsetOf(a.assignedAt());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof AssignmentRow r && r.expert.equals(expert);
        }

        @Override
        public int hashCode() {
            return expert.hashCode();
        }
    }

    @Embeddable
    public static class ScoreRow {
        @Column(name = "expert")
        String expert;
        @Column(name = "score_comment")
        String comment;
        @Column(name = "scored_at")
        OffsetDateTime scoredAt;

        protected ScoreRow() {
        }

        ScoreRow(Score s) {
            expert = s.expertUserId();
            comment = s.comment();
            scoredAt = ShanghaiTime.offsetOf(s.scoredAt());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ScoreRow r && r.expert.equals(expert) && r.comment.equals(comment)
                    && r.scoredAt.toInstant().equals(scoredAt.toInstant());
        }

        @Override
        public int hashCode() {
            return expert.hashCode();
        }
    }

    @Embeddable
    public static class PointRow {
        @Column(name = "expert")
        String expert;
        @Column(name = "criterion")
        String criterion;
        @Column(name = "points")
        BigDecimal points;

        protected PointRow() {
        }

        PointRow(String expert, String criterion, BigDecimal points) {
            this.expert = expert;
            this.criterion = criterion;
            this.points = points;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PointRow r && r.expert.equals(expert) && r.criterion.equals(criterion)
                    && r.points.compareTo(points) == 0;
        }

        @Override
        public int hashCode() {
            return expert.hashCode() * 31 + criterion.hashCode();
        }
    }

    @Embeddable
    public static class TypeDecisionRow {
        @Column(name = "ord")
        int ord;
        @Column(name = "from_type")
        String fromType;
        @Column(name = "to_type")
        String toType;
        @Column(name = "reason")
        String reason;
        @Column(name = "decided_by")
        String decidedBy;
        @Column(name = "decided_at")
        OffsetDateTime decidedAt;

        protected TypeDecisionRow() {
        }

        TypeDecisionRow(int ord, TypeDecision t) {
            this.ord = ord;
            fromType = t.from().name();
            toType = t.to().name();
            reason = t.reason();
            decidedBy = t.decidedBy();
            decidedAt = ShanghaiTime.offsetOf(t.decidedAt());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof TypeDecisionRow r && r.ord == ord;
        }

        @Override
        public int hashCode() {
            return ord;
        }
    }
}
