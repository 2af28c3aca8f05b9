/**
 * The command line for recommenders without a site and for archivists: keys, packages, batches, receipts, archive verification.
 */
package cn.sh.pilot.cli;
