package cn.sh.pilot.archive.api;

import java.time.LocalDate;
import java.util.Set;
import java.util.StringJoiner;

import cn.sh.pilot.contracts.archive.v1.ProjectStatus;

/**
 * Which projects an export takes. Every criterion is optional ({@code null} or empty = any); a project
 * must meet all that are given. The date range is inclusive and applies to the project's
 * {@linkplain ProjectDescription#lastActivity() last activity} date (the day its file last changed).
 *
 * @param callId          the call, e.g. {@code 2023-139}
 * @param year            the call's year, e.g. 2023
 * @param recommenderCode the recommender (guarantor), e.g. {@code 310104}
 * @param statuses        the project statuses to take
 * @param from            first day of the range
 * @param to              last day of the range
 */
public record Selection(String callId, Integer year, String recommenderCode, Set<ProjectStatus> statuses,
                        LocalDate from, LocalDate to) {

    public Selection {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** Everything. */
    public static Selection all() {
        return new Selection(null, null, null, Set.of(), null, null);
    }

    /** Whether the range is usable: {@code from} not after {@code to}. */
    public boolean isCoherent() {
        return from == null || to == null || !from.isAfter(to);
    }

    /** The reference semantics of a selection, for in-memory sources and for tests of database ones. */
    public boolean matches(ProjectDescription d) {
        if (callId != null && !callId.equals(d.callId())) {
            return false;
        }
        if (year != null && !d.callId().startsWith(year + "-")) {
            return false;
        }
        if (recommenderCode != null && !recommenderCode.equals(d.recommender().code())) {
            return false;
        }
        if (!statuses.isEmpty() && !statuses.contains(d.status())) {
            return false;
        }
        LocalDate day = d.lastActivity();
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** The criteria in words, for {@code bag-info.txt}; {@code all} when there are none. */
    public String describe() {
        StringJoiner j = new StringJoiner("; ");
        if (callId != null) {
            j.add("call=" + callId);
        }
        if (year != null) {
            j.add("year=" + year);
        }
        if (recommenderCode != null) {
            j.add("recommender=" + recommenderCode);
        }
        if (!statuses.isEmpty()) {
            j.add("status=" + String.join(",", statuses.stream().map(Enum::name).sorted().toList()));
        }
        if (from != null || to != null) {
            j.add("last-activity=" + (from == null ? "" : from) + ".." + (to == null ? "" : to));
        }
        return j.length() == 0 ? "all" : j.toString();
    }
}
