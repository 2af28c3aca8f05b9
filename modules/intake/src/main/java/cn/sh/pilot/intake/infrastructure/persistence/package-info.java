/**
 * JPA mapping of the application aggregate (unit {@code pilot}, tables from the app's {@code V20__intake.sql}), the
 * call reference data read as {@code Call}s, and the file store of attachment bytes. Plain classes built from an
 * {@code EntityManager} or a directory; the app wires them and owns the transactions.
 */
package cn.sh.pilot.intake.infrastructure.persistence;
