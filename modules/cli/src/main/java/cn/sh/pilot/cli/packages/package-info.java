/** {@code pilot package …}: build, sign and verify packages, with bilingual check-by-check output. */
package cn.sh.pilot.cli.packages;
