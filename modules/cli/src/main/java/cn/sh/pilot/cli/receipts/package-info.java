/**
 * {@code pilot receipts …}: fetching the municipal site's receipts and decision notices over SFTP, verifying each
 * before it is read, and printing verdicts and per-item results in Chinese and English.
 */
package cn.sh.pilot.cli.receipts;
