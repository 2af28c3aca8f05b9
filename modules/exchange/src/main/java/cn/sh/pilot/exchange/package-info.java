/**
 * Packages and their transport: the ASiC-E-style signed container, signing and verification, the trust store, SFTP and the inbox/outbox folders, receipts.
 */
package cn.sh.pilot.exchange;
