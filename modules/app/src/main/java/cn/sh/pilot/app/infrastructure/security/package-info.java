/**
 * Jakarta Security wiring: the identity store over {@code app_user} and the form-login mechanism.
 */
package cn.sh.pilot.app.infrastructure.security;
