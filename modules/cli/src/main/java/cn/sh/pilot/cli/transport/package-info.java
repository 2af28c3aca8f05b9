/** What the commands that talk to the municipal SFTP endpoint share: its options (host, account, keys, retries). */
package cn.sh.pilot.cli.transport;
