package cn.sh.pilot.projects.domain.term;

import cn.sh.pilot.projects.api.ProjectState;
import cn.sh.pilot.projects.domain.Shanghai;
import cn.sh.pilot.projects.domain.project.Project;
import cn.sh.pilot.projects.domain.project.Term;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The project clock: which projects end soon, which are overdue, which are extended, and which reminders fall due —
 * all judged on today's date in Shanghai from one injectable {@link Clock}, always against the term in force (the
 * new end date for an extended project).
 *
 * <ul>
 *   <li><b>ending soon</b>: no acceptance application yet, 0 to {@value #ENDING_SOON_DAYS} days left (both inclusive;
 *       0 is the last day);</li>
 *   <li><b>overdue</b>: no acceptance application yet and the last day has passed (a pending extension request is
 *       listed too: it was made in time, but the project is past its end until the approver decides);</li>
 *   <li><b>extended</b>: the one extension was approved and the project is not closed.</li>
 * </ul>
 * Reminders follow the {@link ReminderSchedule}; overdue reminders skip a project whose extension request awaits
 * the municipal decision — the next step is the bureau's, not the guarantor's.
 */
public final class TermWatch {

    public static final int ENDING_SOON_DAYS = 90;

    private static final Comparator<Project> BY_END =
            Comparator.comparing((Project p) -> p.term().end()).thenComparing(p -> p.number().value());

    private final Clock clock;
    private final ReminderSchedule schedule;

    public TermWatch(Clock clock) {
        this(clock, ReminderSchedule.standard());
    }

    public TermWatch(Clock clock, ReminderSchedule schedule) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    public LocalDate today() {
        return Shanghai.today(clock);
    }

    public List<Project> endingSoon(Collection<Project> projects) {
        LocalDate today = today();
        return projects.stream()
                .filter(p -> p.state().isRunning())
                .filter(p -> {
                    long left = p.term().daysLeftOn(today);
                    return left >= 0 && left <= ENDING_SOON_DAYS;
                })
                .sorted(BY_END).toList();
    }

    public List<Project> overdue(Collection<Project> projects) {
        LocalDate today = today();
        return projects.stream()
                .filter(p -> p.state().isRunning())
                .filter(p -> p.term().hasEndedOn(today))
                .sorted(BY_END).toList();
    }

    public List<Project> extended(Collection<Project> projects) {
        return projects.stream()
                .filter(Project::extensionUsed)
                .filter(p -> p.state() != ProjectState.CLOSED)
                .sorted(BY_END).toList();
    }

    /** The reminders due today. */
    public List<Reminder> remindersDue(Collection<Project> projects) {
        return remindersOn(projects, today());
    }

    /**
     * The reminders due on each day from {@code from} to today (both inclusive), for a job catching up after days
     * it did not run; judged against each project's current term.
     */
    public List<Reminder> remindersSince(Collection<Project> projects, LocalDate from) {
        List<Reminder> due = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(today()); day = day.plusDays(1)) {
            due.addAll(remindersOn(projects, day));
        }
        return due;
    }

    private List<Reminder> remindersOn(Collection<Project> projects, LocalDate day) {
        List<Reminder> due = new ArrayList<>();
        for (Project project : projects.stream().sorted(BY_END).toList()) {
            if (!project.state().isRunning()) {
                continue;
            }
            Term term = project.term();
            long left = term.daysLeftOn(day);
            if (schedule.endingReminderDue(left)) {
                due.add(new Reminder(project.number(), project.guarantor(), ReminderKind.TERM_ENDING, day,
                        term.end(), left));
            } else if (project.state() != ProjectState.EXTENSION_REQUESTED && schedule.overdueReminderDue(-left)) {
                due.add(new Reminder(project.number(), project.guarantor(), ReminderKind.TERM_OVERDUE, day,
                        term.end(), -left));
            }
        }
        return due;
    }
}
