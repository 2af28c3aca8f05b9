package cn.sh.pilot.review.domain.approval;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import cn.sh.pilot.review.api.ProjectApproved;
import cn.sh.pilot.review.api.ReviewError;
import cn.sh.pilot.review.domain.decision.Decision;
import cn.sh.pilot.review.domain.decision.FourEyesPolicy;
import cn.sh.pilot.review.domain.decision.Outcome;
import cn.sh.pilot.review.domain.decision.ProjectNumber;
import cn.sh.pilot.review.domain.decision.ProjectNumberSequence;
import cn.sh.pilot.review.domain.decision.ProjectTerm;
import cn.sh.pilot.review.domain.item.ReviewItem;
import cn.sh.pilot.review.domain.item.ReviewSetup;
import cn.sh.pilot.review.domain.shared.Actor;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;
import cn.sh.pilot.review.domain.shared.ShanghaiTime;
import cn.sh.pilot.review.domain.shared.Verdict;

/**
 * An approver confirms the pending proposals of one or many items at once (§四(一)). All or
 * nothing: every item is checked first (version seen, a pending proposal, four eyes) and if any is
 * refused nothing changes and every refused item is reported; numbers are allocated before any
 * item changes, so running out of numbers changes nothing either. Each approval gets a project
 * number of the call's year from the sequence, and a term from the approval date (Asia/Shanghai)
 * for the call's term length, and yields a {@link ProjectApproved} event for the projects module.
 */
public final class DecisionConfirmation {

    private final FourEyesPolicy fourEyes;
    private final ProjectNumberSequence numbers;

    public DecisionConfirmation(FourEyesPolicy fourEyes, ProjectNumberSequence numbers) {
        this.fourEyes = Objects.requireNonNull(fourEyes, "fourEyes");
        this.numbers = Objects.requireNonNull(numbers, "numbers");
    }

    public ConfirmedDecisions confirm(List<Confirmation> confirmations, ReviewSetup setup, Actor approver, Instant at)
            throws ReviewRefusedException {
        Verdict verdict = confirmations.isEmpty() ? Verdict.refuse(ReviewError.DECISION_BATCH_EMPTY) : Verdict.allow();
        Set<ReviewItem> seen = new HashSet<>();
        for (Confirmation confirmation : confirmations) {
            if (!seen.add(confirmation.item())) {
                verdict = verdict.and(Verdict.refuse(ReviewError.DECISION_BATCH_DUPLICATE_ITEM)
                        .about(confirmation.item().id().toString()));
            }
            verdict = verdict.and(confirmation.item().confirmable(approver, confirmation.seenVersion(), fourEyes));
        }
        verdict.orThrow();

        LocalDate approvalDate = ShanghaiTime.dateOf(at);
        ProjectTerm term = ProjectTerm.from(approvalDate, setup.termMonths());
        List<ProjectNumber> allocated = new ArrayList<>();
        for (Confirmation confirmation : confirmations) {
            allocated.add(approves(confirmation) ? ProjectNumber.of(setup.year(), numbers.next(setup.year())) : null);
        }
        List<Decision> decisions = new ArrayList<>();
        List<ProjectApproved> approvals = new ArrayList<>();
        for (int i = 0; i < confirmations.size(); i++) {
            Confirmation confirmation = confirmations.get(i);
            ReviewItem item = confirmation.item();
            boolean approving = approves(confirmation);
            Decision decision = item.confirm(approver, at, confirmation.seenVersion(), fourEyes, allocated.get(i),
                    approving ? term : null);
            decisions.add(decision);
            if (approving) {
                approvals.add(approved(item, decision));
            }
        }
        return new ConfirmedDecisions(decisions, approvals);
    }

    private static boolean approves(Confirmation confirmation) {
        return confirmation.item().proposal().orElseThrow().outcome() == Outcome.APPROVE;
    }

    private static ProjectApproved approved(ReviewItem item, Decision decision) {
        ProjectTerm term = decision.projectTerm().orElseThrow();
        return new ProjectApproved(decision.number().orElseThrow().value(), item.id().value(),
                item.applicationId().value(), item.callId().value(), item.projectName(), item.applicant().name(),
                item.applicant().uscc().value(), item.recommender().value(), item.type().name(),
                item.directionGroup().orElse(null), item.direction().orElse(null), item.domain().code(),
                term.start(), term.end(), decision.confirmedAt(), decision.confirmer().userId());
    }
}
