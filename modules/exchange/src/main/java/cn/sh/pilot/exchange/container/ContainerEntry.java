package cn.sh.pilot.exchange.container;

import java.util.Base64;

/**
 * One entry as actually read: its checked name, its role, the bytes it inflated to and their
 * SHA-256.
 */
public record ContainerEntry(EntryName name, EntryRole role, long size, byte[] sha256) {

    public ContainerEntry {
        sha256 = sha256.clone();
    }

    @Override
    public byte[] sha256() {
        return sha256.clone();
    }

    /** The digest as it appears in a {@code ds:DigestValue}. */
    public String sha256Base64() {
        return Base64.getEncoder().encodeToString(sha256);
    }

    /** The name as written in the ZIP and as the signature's reference URI. */
    public String path() {
        return name.value();
    }
}
