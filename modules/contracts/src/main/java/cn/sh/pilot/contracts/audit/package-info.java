/**
 * Published audit-trail API: business modules record every state change through {@link cn.sh.pilot.contracts.audit.AuditTrail}
 * without depending on the app module, which implements it as an append-only, hash-chained log.
 */
package cn.sh.pilot.contracts.audit;
