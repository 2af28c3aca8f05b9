/** Tests of the municipal inbox against the real server started by {@code run.sh}: SFTP, drop folder, receipts. */
package cn.sh.pilot.app.inbox;
