package cn.sh.pilot.projects.domain.term;

import cn.sh.pilot.projects.domain.project.GuarantorCode;
import cn.sh.pilot.projects.domain.project.ProjectNumber;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A reminder to send to a project's guarantor (and show on both consoles). {@code (project, kind, due)} identifies
 * it, so a job that runs twice on a day can store it once.
 *
 * @param termEnd the term's last day in force on {@code due} (the new one for an extended project)
 * @param days    for {@link ReminderKind#TERM_ENDING} the days left (90, 30, 7); for
 *                {@link ReminderKind#TERM_OVERDUE} the days since the term ended
 */
public record Reminder(ProjectNumber project, GuarantorCode guarantor, ReminderKind kind, LocalDate due,
                       LocalDate termEnd, long days) {

    public Reminder {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(guarantor, "guarantor");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(termEnd, "termEnd");
    }
}
