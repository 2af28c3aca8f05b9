/**
 * The registry of a project's standard outputs (level, title, number, stage moving only forward, with dates) and
 * its publicity and training (宣贯) activities — the results §一 and §三(二) ask a pilot to produce.
 */
package cn.sh.pilot.projects.domain.output;
