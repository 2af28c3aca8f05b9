/**
 * The projects domain: the {@code Project} aggregate with its term and one extension ({@code project}), progress
 * reports ({@code progress}), the standard-output and publicity registry ({@code output}) and the term watch that
 * lists due projects and reminders ({@code term}). Here: what every aggregate shares — actors, verdicts, Shanghai dates.
 * Plain Java; never touches generated XML types or the container.
 */
package cn.sh.pilot.projects.domain;
