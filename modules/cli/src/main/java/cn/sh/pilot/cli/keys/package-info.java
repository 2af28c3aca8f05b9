/** {@code pilot keys …}: demo key material for trying the pilot. */
package cn.sh.pilot.cli.keys;
