/**
 * The inbox's adapters: the ledger, trust store and SFTP accounts over the database (plain JDBC on the JTA data
 * source), the JTA transaction runner, the municipal signing key, and the startup wiring ({@link
 * cn.sh.pilot.app.inbox.infrastructure.InboxRuntime}).
 */
package cn.sh.pilot.app.inbox.infrastructure;
