/**
 * The acceptance domain: the {@code AcceptanceEvaluation} aggregate and its policies ({@code evaluation}). Here:
 * what it shares — actors, verdicts, attachment references. Plain Java; never touches generated XML types.
 */
package cn.sh.pilot.acceptance.domain;
