package cn.sh.pilot.exchange.transport.endpoint;

import cn.sh.pilot.exchange.transport.RecommenderCode;
import cn.sh.pilot.exchange.transport.SiteFolders;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.session.SessionContext;

/**
 * Gives each session a virtual file system rooted at its own {@code sites/<code>/} folder
 * (created with {@code inbox/} and {@code receipts/} on first login). The root is absolute and
 * normalised, as MINA SSHD needs for {@code realpath}.
 */
final class SiteFileSystemFactory extends VirtualFileSystemFactory {

    private final SiteFolders sites;

    SiteFileSystemFactory(SiteFolders sites) {
        this.sites = sites;
    }

    @Override
    public Path getUserHomeDir(SessionContext session) throws IOException {
        String code = session.getUsername();
        if (!RecommenderCode.isValid(code)) {
            throw new IOException("invalid account code");
        }
        return sites.prepare(code).toAbsolutePath().normalize();
    }
}
