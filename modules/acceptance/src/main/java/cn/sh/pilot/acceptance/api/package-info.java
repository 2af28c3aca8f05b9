/**
 * What other modules and the application shell may use from acceptance: the stable error ids, the published
 * evaluation states and the {@link cn.sh.pilot.acceptance.api.AcceptanceEvent} every step returns.
 */
package cn.sh.pilot.acceptance.api;
