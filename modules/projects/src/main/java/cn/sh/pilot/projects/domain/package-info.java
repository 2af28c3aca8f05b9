/**
 * The projects domain: the {@code Project} aggregate with its term and one extension ({@code project}), progress
 * reports ({@code progress}), the standard-output and publicity registry ({@code output}) and the term watch that
 * lists due projects and reminders ({@code term}). Here: what every aggregate shares — actors, Shanghai dates; policies answer with the contracts'
 * {@code Verdict<ProjectsError>}.
 * Plain Java; never touches generated XML types or the container.
 */
package cn.sh.pilot.projects.domain;
