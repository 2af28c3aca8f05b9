/** JPA storage of acceptance evaluations as an opening and a journal of steps (the app's {@code V41__acceptance.sql}). */
package cn.sh.pilot.acceptance.infrastructure.persistence;
