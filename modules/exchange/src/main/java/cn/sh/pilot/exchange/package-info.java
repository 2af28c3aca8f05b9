/**
 * Packages and their transport: the ASiC-E-style signed container ({@code container}), signing
 * and verification ({@code signature}), the trust store ({@code trust}), demo key material
 * ({@code keys}); SFTP, inbox/outbox folders and receipts. {@link cn.sh.pilot.exchange.PackageError}
 * lists every refusal with its stable id.
 */
package cn.sh.pilot.exchange;
