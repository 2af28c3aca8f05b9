/**
 * The SFTP client used by recommender sites and the command line: key authentication against a
 * pinned server host key (no trust on first use), upload under a temporary name then rename
 * (never overwriting), download of new receipts, retries with exponential backoff. Outcomes are
 * records ({@link cn.sh.pilot.exchange.transport.client.Delivery},
 * {@link cn.sh.pilot.exchange.transport.client.Fetched}) carrying a transport error id.
 */
package cn.sh.pilot.exchange.transport.client;
