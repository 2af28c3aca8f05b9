/**
 * Progress reports (进展报告): received from the guarantor as signed packages or typed in by a municipal operator,
 * checked by {@link cn.sh.pilot.projects.domain.progress.ProgressReportPolicy}, kept as received.
 */
package cn.sh.pilot.projects.domain.progress;
