package cn.sh.pilot.exchange.transport.inbox;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A complete file found in a recommender's inbox.
 *
 * @param recommenderCode the account (folder) it arrived in: who claims to have sent it, still to
 *                        be checked against the package's signature
 * @param file            absolute path of the file under its final name
 * @param channel         SFTP endpoint or drop folder
 */
public record InboxArrival(String recommenderCode, Path file, InboxChannel channel) {

    public InboxArrival {
        Objects.requireNonNull(recommenderCode, "recommenderCode");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(channel, "channel");
    }
}
