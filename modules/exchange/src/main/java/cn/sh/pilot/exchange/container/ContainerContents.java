package cn.sh.pilot.exchange.container;

import java.util.List;
import java.util.Optional;

import cn.sh.pilot.contracts.error.RefusedException;

/**
 * What a {@link ContainerReader} found: every entry in package order with its digest, the
 * payload's claimed sender (or why it has none), and the signature document (if any), which is
 * small and kept.
 */
public record ContainerContents(List<ContainerEntry> entries, String payloadName, String senderCode,
                                RefusedException senderRefusal, byte[] signatureXml, long totalBytes) {

    public ContainerContents {
        entries = List.copyOf(entries);
        signatureXml = signatureXml == null ? null : signatureXml.clone();
    }

    /**
     * The payload's claimed sender, or the refusal found while looking for it (no Sender/Code,
     * a DOCTYPE). Kept rather than thrown while reading, so that a receiver can first tell an
     * altered payload (digest mismatch) from one signed that way.
     */
    public String claimedSender() throws RefusedException {
        if (senderRefusal != null) {
            throw senderRefusal;
        }
        return senderCode;
    }

    /** The bytes of {@code META-INF/signatures.xml}, if the package has one. */
    public Optional<byte[]> signature() {
        return Optional.ofNullable(signatureXml).map(byte[]::clone);
    }

    /** The entries the signature must cover: the payload and every attachment, in package order. */
    public List<ContainerEntry> signedEntries() {
        return entries.stream().filter(e -> e.role().signed()).toList();
    }

    /** The entry with this exact name, if present. */
    public Optional<ContainerEntry> entry(String name) {
        return entries.stream().filter(e -> !e.name().directory() && e.path().equals(name)).findFirst();
    }
}
