/**
 * Wiring of review's recommender-side parts: its JPA repositories and use cases, and the site's signing key.
 */
package cn.sh.pilot.app.infrastructure.review;
