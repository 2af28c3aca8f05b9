/**
 * Acceptance use cases over a step journal: an evaluation is stored as its opening (application, project facts,
 * criteria, rules) and the list of steps taken on it, and read back by replaying them through the aggregate.
 */
package cn.sh.pilot.acceptance.application;
