package cn.sh.pilot.projects.domain.project;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A project's term, both days inclusive, in Shanghai dates. The two-year term of §四(三) runs from the approval
 * date to the day before the second anniversary (2023-07-20 → 2025-07-19, as in the decision-notice sample).
 */
public record Term(LocalDate start, LocalDate end) {

    public Term {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("term ends " + end + " before it starts " + start);
        }
    }

    /** The regular term for an approval on {@code start}. */
    public static Term twoYearsFrom(LocalDate start) {
        return new Term(start, start.plusYears(2).minusDays(1));
    }

    public boolean isTwoYears() {
        return end.equals(start.plusYears(2).minusDays(1));
    }

    /** {@code day} is within the term (the last day counts). */
    public boolean includes(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** The term is over on {@code day}: it is after the last day. */
    public boolean hasEndedOn(LocalDate day) {
        return day.isAfter(end);
    }

    /** Days from {@code day} to the last day: 0 on the last day, negative once over. */
    public long daysLeftOn(LocalDate day) {
        return ChronoUnit.DAYS.between(day, end);
    }

    /**
     * The term with its end moved by whole months ({@link LocalDate#plusMonths}: the 31st becomes the month's last
     * day when the month is shorter, e.g. 2025-08-31 + 6 → 2026-02-28).
     */
    public Term extendedBy(int months) {
        return new Term(start, end.plusMonths(months));
    }
}
