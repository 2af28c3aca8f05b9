/** {@code pilot archive …}: offline verification of archive exports (BagIt bags), with bilingual check-by-check output. */
package cn.sh.pilot.cli.archive;
