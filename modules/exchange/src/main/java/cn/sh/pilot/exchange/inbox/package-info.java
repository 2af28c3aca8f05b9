/**
 * The municipal import pipeline: every file handed on by the inbox watcher is first kept in a
 * write-once store ({@link cn.sh.pilot.exchange.inbox.PackageStore}), recorded in the ledger
 * ({@link cn.sh.pilot.exchange.inbox.PackageLedger}), then judged once
 * ({@link cn.sh.pilot.exchange.inbox.InboxPipeline}): container, signature, trust, signer =
 * claimed sender = account, schema, batch id, then the business module's
 * {@link cn.sh.pilot.exchange.inbox.PackageHandler}, whose work and the ledger's final state
 * commit in one transaction ({@link cn.sh.pilot.exchange.inbox.TransactionRunner}). Every arrival
 * gets a signed receipt. {@link cn.sh.pilot.exchange.inbox.InboxRecovery} finishes what a crash
 * left half done.
 *
 * <p>Plain Java with ports: the application backs the ledger and the transaction runner with
 * JPA/JTA; business modules implement {@code PackageHandler}, one per document kind.
 */
package cn.sh.pilot.exchange.inbox;
