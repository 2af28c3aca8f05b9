/**
 * The {@code Project} aggregate: number, guarantor, applicant, type, direction, term (two years, §四(三)), its life
 * cycle and its one extension ({@link cn.sh.pilot.projects.domain.project.ExtensionPolicy}); the
 * {@link cn.sh.pilot.projects.domain.project.ProjectApproval} that opens it; its repository interface.
 */
package cn.sh.pilot.projects.domain.project;
