/**
 * The deployable WAR: web console, REST API, security, configuration and wiring of the business modules.
 */
package cn.sh.pilot.app;
