/**
 * The REST API under {@code /api} (JAX-RS, JSON, described at {@code /openapi}); authenticated by the console's
 * session, scoped like the console.
 */
package cn.sh.pilot.app.interfaces.rest;
