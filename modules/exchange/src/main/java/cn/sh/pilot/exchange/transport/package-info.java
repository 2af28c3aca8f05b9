/**
 * Transport of packages between sites: what both ends share — the complete-file naming
 * convention ({@link cn.sh.pilot.exchange.transport.CompleteFileName}), recommender account codes
 * and the stable transport error ids ({@link cn.sh.pilot.exchange.transport.TransportError}).
 * The SFTP endpoint, the inbox watcher and the SFTP client live in the sub-packages; none of
 * them opens a package: they move bytes and hand complete files on.
 */
package cn.sh.pilot.exchange.transport;
