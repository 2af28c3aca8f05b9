/**
 * Security rules in plain Java: roles, password hashing, login throttling and the recommender data-scoping
 * policy. No container needed; the application layer applies them.
 */
package cn.sh.pilot.app.domain.security;
