/** The inbox console pages and REST resources (package status by tracking number, re-run, trust administration). */
package cn.sh.pilot.app.inbox.interfaces;
