package cn.sh.pilot.exchange.transport.client;

import cn.sh.pilot.exchange.transport.TransportError;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one {@link SftpSender#fetch}: the new local files (complete, under their final
 * names), and an error id if the listing could not be completed. Files fetched before a failure
 * are kept and listed.
 */
public record Fetched(List<Path> files, int attempts, TransportError error, String detail) {

    public Fetched {
        files = List.copyOf(files);
    }

    public boolean complete() {
        return error == null;
    }

    public Optional<String> errorId() {
        return Optional.ofNullable(error).map(TransportError::id);
    }
}
