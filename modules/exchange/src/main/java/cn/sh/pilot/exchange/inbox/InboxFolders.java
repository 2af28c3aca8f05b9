package cn.sh.pilot.exchange.inbox;

import java.nio.file.Path;

import cn.sh.pilot.exchange.transport.SiteFolders;
import cn.sh.pilot.exchange.transport.inbox.InboxChannel;

/**
 * Where an account's receipts go: beside the inbox the package came through
 * ({@code <sftpRoot>/sites/<code>/receipts} or {@code <dataDir>/dropbox/<code>/receipts}).
 */
public record InboxFolders(Path sftpRoot, Path dataDir) {

    public Path receipts(InboxChannel channel, String account) {
        SiteFolders layout = channel == InboxChannel.SFTP ? SiteFolders.sftp(sftpRoot) : SiteFolders.dropbox(dataDir);
        return layout.receipts(account);
    }
}
