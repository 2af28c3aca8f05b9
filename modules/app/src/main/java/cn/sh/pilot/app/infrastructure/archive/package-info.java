/**
 * The archive's {@code ProjectHistorySource} over the application's database: the business modules' archive feeds
 * (review's imported items today), the inbox's write-once package store and ledger, the receipts, and the audit log.
 * Plain JDBC, so that the console and the command line ({@code pilot archive export --db-url}) read alike.
 */
package cn.sh.pilot.app.infrastructure.archive;
