package cn.sh.pilot.exchange.transport.endpoint;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where and how the endpoint listens.
 *
 * @param host          address to bind ({@code 0.0.0.0} for all, {@code 127.0.0.1} for tests)
 * @param port          TCP port; {@code 0} picks a free one ({@link SftpEndpoint#port()} tells which)
 * @param root          the transport root: {@code sites/<code>/inbox|receipts} live below it
 * @param hostKeyFolder where the host key is kept (generated on first start)
 */
public record EndpointSettings(String host, int port, Path root, Path hostKeyFolder) {

    public static final int DEFAULT_PORT = 2222;

    public EndpointSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port);
        }
        root = root.toAbsolutePath().normalize();
        hostKeyFolder = hostKeyFolder.toAbsolutePath().normalize();
    }

    /** All addresses, port 2222. */
    public static EndpointSettings of(Path root, Path hostKeyFolder) {
        return new EndpointSettings("0.0.0.0", DEFAULT_PORT, root, hostKeyFolder);
    }

    public EndpointSettings withHost(String newHost) {
        return new EndpointSettings(newHost, port, root, hostKeyFolder);
    }

    public EndpointSettings withPort(int newPort) {
        return new EndpointSettings(host, newPort, root, hostKeyFolder);
    }
}
