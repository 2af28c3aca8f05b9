/**
 * The project clock: {@link cn.sh.pilot.projects.domain.term.TermWatch} lists projects ending within 90 days,
 * overdue and extended, and computes the {@link cn.sh.pilot.projects.domain.term.Reminder}s due, from one
 * injectable {@link java.time.Clock}. The daily job and the reminder packages belong to the shell.
 */
package cn.sh.pilot.projects.domain.term;
