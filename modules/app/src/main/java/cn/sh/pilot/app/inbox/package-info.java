/** The municipal inbox (site role MUNICIPAL): exchange's import pipeline wired to the database, SFTP, the drop folder and the console. */
package cn.sh.pilot.app.inbox;
