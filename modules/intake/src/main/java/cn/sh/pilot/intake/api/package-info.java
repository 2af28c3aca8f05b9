/**
 * What other modules and the application shell may use from intake: the stable error ids of its refusals.
 * The domain types of {@code cn.sh.pilot.intake.domain} are reached by the shell ({@code app}, {@code cli}) only.
 */
package cn.sh.pilot.intake.api;
