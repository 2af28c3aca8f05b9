/**
 * Receipts (回执): the municipal site's signed answer to every package it receives. The content
 * ({@link cn.sh.pilot.exchange.receipt.ReceiptContent}) is plain data, so it can be rebuilt from
 * the ledger at any time; {@link cn.sh.pilot.exchange.receipt.ReceiptWriter} turns it into a
 * signed receipt package under a name that is never overwritten, and
 * {@link cn.sh.pilot.exchange.receipt.ReceiptReader} verifies and reads one on the other side.
 */
package cn.sh.pilot.exchange.receipt;
