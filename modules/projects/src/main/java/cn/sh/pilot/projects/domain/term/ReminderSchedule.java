package cn.sh.pilot.projects.domain.term;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * When reminders fall due. {@link #standard()}: 90, 30 and 7 days before the term's last day, then weekly once it
 * has ended — on the first day after it and every 7 days after that — until the acceptance application arrives.
 *
 * <p>Why: 90 days matches the “ending soon” list and leaves time for an extension request (which must arrive by the
 * last day); 30 and 7 days are the last calls; weekly overdue reminders keep pressure without daily noise.
 *
 * @param daysBefore       days before the last day on which a {@link ReminderKind#TERM_ENDING} reminder is due
 * @param overdueEveryDays interval of {@link ReminderKind#TERM_OVERDUE} reminders, the first on day 1 after the end
 */
public record ReminderSchedule(Set<Integer> daysBefore, int overdueEveryDays) {

    public ReminderSchedule {
        SortedSet<Integer> sorted = new TreeSet<>(daysBefore);
        if (sorted.isEmpty() || sorted.first() < 0) {
            throw new IllegalArgumentException("days before the end must be ≥ 0: " + daysBefore);
        }
        if (overdueEveryDays < 1) {
            throw new IllegalArgumentException("overdue interval must be ≥ 1 day: " + overdueEveryDays);
        }
        daysBefore = Set.copyOf(sorted);
    }

    public static ReminderSchedule standard() {
        return new ReminderSchedule(Set.of(90, 30, 7), 7);
    }

    /** A reminder of the term ending is due with {@code daysLeft} days to go. */
    public boolean endingReminderDue(long daysLeft) {
        return daysLeft >= 0 && daysLeft <= Integer.MAX_VALUE && daysBefore.contains((int) daysLeft);
    }

    /** An overdue reminder is due {@code daysOver} days after the last day (1, 1 + n, 1 + 2n …). */
    public boolean overdueReminderDue(long daysOver) {
        return daysOver >= 1 && (daysOver - 1) % overdueEveryDays == 0;
    }
}
