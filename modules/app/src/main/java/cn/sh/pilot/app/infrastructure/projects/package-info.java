/** Wiring of the projects module: its JPA repository and use cases over the audit log and the site clock. */
package cn.sh.pilot.app.infrastructure.projects;
