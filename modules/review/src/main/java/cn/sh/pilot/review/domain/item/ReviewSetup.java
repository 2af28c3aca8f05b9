package cn.sh.pilot.review.domain.item;

import java.util.Objects;

import cn.sh.pilot.review.domain.routing.RoutingTable;
import cn.sh.pilot.review.domain.scoring.CriteriaTable;
import cn.sh.pilot.review.domain.shared.CallId;

/**
 * A call's review configuration, all of it data: routing, checklist, criteria, the year that
 * numbers its projects and the term length ({@code pilot_call.term_months}, 24 for 2023).
 */
public record ReviewSetup(CallId callId, int year, int termMonths, RoutingTable routing, Checklist checklist,
        CriteriaTable criteria) {

    public ReviewSetup {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(routing, "routing");
        Objects.requireNonNull(checklist, "checklist");
        Objects.requireNonNull(criteria, "criteria");
        if (!routing.callId().equals(callId) || !criteria.callId().equals(callId)) {
            throw new IllegalArgumentException("routing and criteria must belong to call " + callId);
        }
        if (termMonths < 1) {
            throw new IllegalArgumentException("a term lasts at least a month");
        }
    }
}
