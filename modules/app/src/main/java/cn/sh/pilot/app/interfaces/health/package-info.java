/**
 * MicroProfile Health checks, served by Payara at {@code /health/ready} and {@code /health/live}.
 */
package cn.sh.pilot.app.interfaces.health;
