/**
 * JPA implementations of the domain repositories (EclipseLink, persistence unit {@code pilot} over
 * {@code java:app/jdbc/pilot}); schema comes from Flyway, never from JPA.
 */
package cn.sh.pilot.app.infrastructure.persistence;
