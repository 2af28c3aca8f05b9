/** In-container tests of projects through the app's desk, on a clock the test sets. */
package cn.sh.pilot.app.projects;
