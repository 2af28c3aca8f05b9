package cn.sh.pilot.exchange.transport.inbox;

/** How a file reached the municipal inbox. */
public enum InboxChannel {
    /** Uploaded to the built-in SFTP endpoint. */
    SFTP,
    /** Put into the drop folder (by an external SFTP server or from removable media). */
    DROPBOX
}
