/**
 * Projects after approval (立项): the two-year term, the one extension, progress reports and standard outputs.
 * Packages: {@code api} (error ids, states, events — what other code may use), {@code domain} (aggregates and
 * policies, plain Java), {@code infrastructure.xml} (contract documents ↔ domain).
 */
package cn.sh.pilot.projects;
