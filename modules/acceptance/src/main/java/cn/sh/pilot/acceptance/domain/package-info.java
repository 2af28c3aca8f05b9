/**
 * The acceptance domain: the {@code AcceptanceEvaluation} aggregate and its policies ({@code evaluation}). Here:
 * what it shares — actors, attachment references; policies answer
 * with the contracts' {@code Verdict<AcceptanceError>}. Plain Java; never touches generated XML types.
 */
package cn.sh.pilot.acceptance.domain;
