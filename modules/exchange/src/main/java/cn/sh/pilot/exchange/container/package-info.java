/**
 * The package container: an ASiC-E-like ZIP (mimetype, one payload, attachments, signature),
 * its builder and its single-pass streaming reader with every ZIP-level check and limit.
 */
package cn.sh.pilot.exchange.container;
