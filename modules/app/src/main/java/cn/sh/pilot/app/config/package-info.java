/**
 * Site configuration: the typed view of the {@code PILOT_*} environment variables (MicroProfile Config).
 */
package cn.sh.pilot.app.config;
