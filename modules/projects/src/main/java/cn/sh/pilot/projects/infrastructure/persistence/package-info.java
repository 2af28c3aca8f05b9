/** JPA storage of projects and their extension requests (tables of the app's {@code V40__projects.sql}). */
package cn.sh.pilot.projects.infrastructure.persistence;
