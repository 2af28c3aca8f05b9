/**
 * The schema set: which documents exist, where their XSDs live on the class path, how they are
 * compiled (imports resolved inside the jar only), the set's SHA-256, and the stable ids of
 * schema refusals.
 */
package cn.sh.pilot.contracts.schema;
