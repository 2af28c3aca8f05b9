/**
 * Architecture tests: the allowed module graph and the layering inside each module.
 */
package cn.sh.pilot.app.architecture;
