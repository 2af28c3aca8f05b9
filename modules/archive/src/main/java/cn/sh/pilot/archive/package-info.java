/**
 * Archive: complete, schema-valid, verifiable archival record packages, exports, fixity and the audit-trail export.
 */
package cn.sh.pilot.archive;
