/**
 * The municipal SFTP endpoint (MINA SSHD): public-key authentication only, one account per
 * recommender code, each session confined to its own {@code sites/<code>/} folder where
 * {@code inbox/} takes uploads (temporary name, then rename to {@code *.zip}) and
 * {@code receipts/} is read-only; no shell, exec or forwarding.
 */
package cn.sh.pilot.exchange.transport.endpoint;
