/** Wiring of the projects and acceptance modules: their JPA storage and use cases over the audit log and the site clock. */
package cn.sh.pilot.app.infrastructure.projects;
