/**
 * The command line for recommenders without a site and for archivists: keys, packages, batches, receipts, archive export and verify.
 */
package cn.sh.pilot.cli;
