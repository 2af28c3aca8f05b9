/**
 * The append-only, hash-chained audit log: the stored event, the chain's hashing and verification rules
 * (plain Java), and the repository interface the persistence layer implements.
 */
package cn.sh.pilot.app.domain.audit;
