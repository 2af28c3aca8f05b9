package cn.sh.pilot.exchange.transport.endpoint;

import cn.sh.pilot.exchange.transport.CompleteFileName;
import cn.sh.pilot.exchange.transport.SiteFolders;
import java.util.List;

/**
 * What a recommender may do inside its own site folder, given a path as segments below the
 * session root ({@code []} is the root, {@code ["inbox", "x.zip"]} a file in the inbox).
 * <ul>
 * <li>the root, {@code inbox/} and {@code receipts/} may be listed and stat-ed;</li>
 * <li>{@code inbox/}: files are written only under a temporary name, renamed once to a final
 * {@code *.zip} name that does not exist yet; temporary files may be removed; nothing in the
 * inbox is read back;</li>
 * <li>{@code receipts/}: files are read; nothing is written, renamed or removed;</li>
 * <li>no folders, links or copies are made anywhere.</li>
 * </ul>
 */
public final class SiteAccessPolicy {

    public boolean mayList(List<String> path) {
        return path.isEmpty() || path.size() == 1 && (isInbox(path) || isReceipts(path));
    }

    public boolean mayRead(List<String> path) {
        return isFileIn(path, SiteFolders.RECEIPTS);
    }

    public boolean mayWrite(List<String> path) {
        return isFileIn(path, SiteFolders.INBOX) && CompleteFileName.isTemporary(name(path));
    }

    public boolean mayRename(List<String> from, List<String> to) {
        return mayWrite(from) && isFileIn(to, SiteFolders.INBOX) && CompleteFileName.isFinal(name(to));
    }

    public boolean mayRemove(List<String> path) {
        return mayWrite(path);
    }

    /** Why an operation was refused, in words an integrator can act on. */
    public String explain(List<String> path) {
        return "/" + String.join("/", path) + ": upload into inbox/ under a temporary name (*.part or a"
                + " leading '.') then rename it to a new *.zip name; read only from receipts/";
    }

    private static boolean isInbox(List<String> path) {
        return path.get(0).equals(SiteFolders.INBOX);
    }

    private static boolean isReceipts(List<String> path) {
        return path.get(0).equals(SiteFolders.RECEIPTS);
    }

    private static boolean isFileIn(List<String> path, String folder) {
        return path.size() == 2 && path.get(0).equals(folder) && CompleteFileName.isPlainName(path.get(1));
    }

    private static String name(List<String> path) {
        return path.get(path.size() - 1);
    }
}
