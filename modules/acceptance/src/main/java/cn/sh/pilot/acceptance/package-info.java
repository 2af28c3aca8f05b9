/**
 * Acceptance evaluation (验收评估): the guarantor's application, expert panel scoring, the result and benchmark (标杆) designation.
 * Packages: {@code api} (error ids, states, events — what other code may use), {@code domain} (aggregates and
 * policies, plain Java), {@code infrastructure.xml} (contract documents ↔ domain).
 */
package cn.sh.pilot.acceptance;
