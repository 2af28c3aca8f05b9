package cn.sh.pilot.projects.domain.term;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.projects.domain.project.Project;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static cn.sh.pilot.projects.fixtures.Projects.APPROVED_ON;
import static cn.sh.pilot.projects.fixtures.Projects.GUARANTOR_USER;
import static cn.sh.pilot.projects.fixtures.Projects.LAST_DAY;
import static cn.sh.pilot.projects.fixtures.Projects.extendedProject;
import static cn.sh.pilot.projects.fixtures.Projects.extensionRequest;
import static cn.sh.pilot.projects.fixtures.Projects.noon;
import static cn.sh.pilot.projects.fixtures.Projects.project;
import static org.assertj.core.api.Assertions.assertThat;

class TermWatchTest {

    /** A fixed clock at noon Shanghai time on {@code day}, in UTC so the zone handling is exercised. */
    private static TermWatch watchOn(LocalDate day) {
        return new TermWatch(Clock.fixed(noon(day), ZoneOffset.UTC));
    }

    private static List<String> numbers(List<Project> projects) {
        return projects.stream().map(p -> p.number().value()).toList();
    }

    @Test
    void lists_a_project_ending_in_exactly_90_days_but_not_in_91() {
        Project project = project(); // last day 2025-07-19

        assertThat(watchOn(LAST_DAY.minusDays(90)).endingSoon(List.of(project))).containsExactly(project);
        assertThat(watchOn(LAST_DAY.minusDays(91)).endingSoon(List.of(project))).isEmpty();
    }

    @Test
    void lists_a_project_as_ending_soon_on_its_last_day_and_overdue_the_day_after() {
        Project project = project();

        assertThat(watchOn(LAST_DAY).endingSoon(List.of(project))).containsExactly(project);
        assertThat(watchOn(LAST_DAY).overdue(List.of(project))).isEmpty();
        assertThat(watchOn(LAST_DAY.plusDays(1)).endingSoon(List.of(project))).isEmpty();
        assertThat(watchOn(LAST_DAY.plusDays(1)).overdue(List.of(project))).containsExactly(project);
    }

    @Test
    void judges_today_in_shanghai_whatever_the_clock_zone() {
        Project project = project();
        // 2025-04-19T16:30Z is 2025-04-20 00:30 in Shanghai: 90 days before 2025-07-19
        TermWatch watch = new TermWatch(Clock.fixed(Instant.parse("2025-04-19T16:30:00Z"), ZoneOffset.UTC));

        assertThat(watch.today()).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(watch.endingSoon(List.of(project))).containsExactly(project);
    }

    @Test
    void lists_an_extended_project_as_ending_soon_only_against_its_new_end() {
        Project extended = extendedProject("SHBZSD-2023-0012"); // 2025-07-19 → 2026-01-19
        Project regular = project("SHBZSD-2023-0007", APPROVED_ON);
        List<Project> both = List.of(extended, regular);

        assertThat(numbers(watchOn(LAST_DAY.minusDays(10)).endingSoon(both))).containsExactly("SHBZSD-2023-0007");
        assertThat(watchOn(LAST_DAY.plusDays(10)).overdue(both)).containsExactly(regular);
        LocalDate newEnd = LocalDate.of(2026, 1, 19);
        assertThat(watchOn(newEnd.minusDays(91)).endingSoon(both)).isEmpty();
        assertThat(watchOn(newEnd.minusDays(90)).endingSoon(List.of(extended))).containsExactly(extended);
        assertThat(watchOn(newEnd.plusDays(1)).overdue(List.of(extended))).containsExactly(extended);
    }

    @Test
    void lists_extended_projects() {
        Project extended = extendedProject("SHBZSD-2023-0012");
        Project regular = project();

        assertThat(watchOn(LAST_DAY).extended(List.of(regular, extended))).containsExactly(extended);
    }

    @Test
    void drops_a_project_from_the_overdue_list_once_acceptance_is_applied_for() throws RefusedException {
        Project project = project();
        project.applyForAcceptance(GUARANTOR_USER, noon(LAST_DAY.plusDays(3)));

        assertThat(watchOn(LAST_DAY.plusDays(5)).overdue(List.of(project))).isEmpty();
        assertThat(watchOn(LAST_DAY.minusDays(5)).endingSoon(List.of(project))).isEmpty();
    }

    @Test
    void reminds_the_guarantor_90_30_and_7_days_before_the_end() {
        Project project = project();

        for (int days : new int[] {90, 30, 7}) {
            assertThat(watchOn(LAST_DAY.minusDays(days)).remindersDue(List.of(project)))
                    .containsExactly(new Reminder(project.number(), project.guarantor(), ReminderKind.TERM_ENDING,
                            LAST_DAY.minusDays(days), LAST_DAY, days));
        }
        for (int days : new int[] {91, 89, 31, 8, 6, 0}) {
            assertThat(watchOn(LAST_DAY.minusDays(days)).remindersDue(List.of(project))).as("%d days", days).isEmpty();
        }
    }

    @Test
    void reminds_weekly_once_overdue_starting_the_day_after_the_end() {
        Project project = project();

        for (int days : new int[] {1, 8, 15, 71}) {
            assertThat(watchOn(LAST_DAY.plusDays(days)).remindersDue(List.of(project)))
                    .extracting(Reminder::kind, Reminder::days)
                    .as("%d days over", days)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ReminderKind.TERM_OVERDUE, (long) days));
        }
        for (int days : new int[] {2, 7, 9, 14}) {
            assertThat(watchOn(LAST_DAY.plusDays(days)).remindersDue(List.of(project))).as("%d days over", days).isEmpty();
        }
    }

    @Test
    void sends_no_overdue_reminder_while_an_extension_request_awaits_the_decision() throws RefusedException {
        Project project = project();
        project.requestExtension(extensionRequest(project, 6), GUARANTOR_USER, noon(LAST_DAY));

        assertThat(watchOn(LAST_DAY.plusDays(1)).overdue(List.of(project))).containsExactly(project);
        assertThat(watchOn(LAST_DAY.plusDays(1)).remindersDue(List.of(project))).isEmpty();
    }

    @Test
    void reminds_an_extended_project_against_its_new_end_only() {
        Project extended = extendedProject("SHBZSD-2023-0012");
        LocalDate newEnd = LocalDate.of(2026, 1, 19);

        assertThat(watchOn(LAST_DAY.minusDays(7)).remindersDue(List.of(extended))).isEmpty();
        assertThat(watchOn(LAST_DAY.plusDays(1)).remindersDue(List.of(extended))).isEmpty();
        assertThat(watchOn(newEnd.minusDays(30)).remindersDue(List.of(extended)))
                .extracting(Reminder::termEnd).containsExactly(newEnd);
    }

    @Test
    void catches_up_on_reminders_of_days_the_job_did_not_run() {
        Project project = project();

        List<Reminder> due = watchOn(LAST_DAY.minusDays(5)).remindersSince(List.of(project), LAST_DAY.minusDays(31));

        assertThat(due).extracting(Reminder::due).containsExactly(LAST_DAY.minusDays(30), LAST_DAY.minusDays(7));
    }

    @Test
    void refuses_a_reminder_schedule_without_days() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ReminderSchedule(java.util.Set.of(), 7))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
