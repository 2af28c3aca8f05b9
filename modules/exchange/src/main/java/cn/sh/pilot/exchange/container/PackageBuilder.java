package cn.sh.pilot.exchange.container;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.PackageError;

/**
 * Builds an unsigned package: {@code mimetype}, one payload XML at the root, attachments under
 * {@code attachments/}. Names, the payload's {@code Sender/Code} and attachments that are archives
 * are checked here, so that a package it builds is not refused later for its shape.
 *
 * <pre>{@code
 * PackageBuilder.create()
 *     .payload(Path.of("batch.xml"))
 *     .attach(Path.of("scan-310104-0001.pdf"))
 *     .writeTo(Path.of("batch.zip"));
 * }</pre>
 */
public final class PackageBuilder {

    private record Part(String name, Path file, byte[] bytes) {
        InputStream open() throws IOException {
            return file != null ? Files.newInputStream(file) : new ByteArrayInputStream(bytes);
        }
    }

    private final Clock clock;
    private Part payload;
    private final List<Part> attachments = new ArrayList<>();

    private PackageBuilder(Clock clock) {
        this.clock = clock;
    }

    public static PackageBuilder create() {
        return new PackageBuilder(Clock.systemUTC());
    }

    /** A builder that stamps entries with this clock's time (for reproducible packages). */
    public static PackageBuilder create(Clock clock) {
        return new PackageBuilder(clock);
    }

    /** The payload, named after the file (e.g. {@code batch.xml}). */
    public PackageBuilder payload(Path file) {
        return payload(file.getFileName().toString(), file);
    }

    public PackageBuilder payload(String name, Path file) {
        this.payload = new Part(name, file, null);
        return this;
    }

    public PackageBuilder payload(String name, byte[] xml) {
        this.payload = new Part(name, null, xml.clone());
        return this;
    }

    /** An attachment named after the file, stored as {@code attachments/<file name>}. */
    public PackageBuilder attach(Path file) {
        return attach(file.getFileName().toString(), file);
    }

    /** An attachment at {@code attachments/<name>}; {@code name} may contain '/' for sub-folders. */
    public PackageBuilder attach(String name, Path file) {
        attachments.add(new Part(PackageFormat.ATTACHMENTS + name, file, null));
        return this;
    }

    public PackageBuilder attach(String name, byte[] content) {
        attachments.add(new Part(PackageFormat.ATTACHMENTS + name, null, content.clone()));
        return this;
    }

    /** Checks every part, then writes the package to {@code target}. */
    public void writeTo(Path target) throws IOException, RefusedException {
        check();
        try (PackageWriter writer = new PackageWriter(target, clock.instant())) {
            for (Part part : parts()) {
                try (InputStream in = part.open()) {
                    writer.entry(part.name(), in);
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        }
    }

    private List<Part> parts() {
        List<Part> all = new ArrayList<>();
        all.add(payload);
        all.addAll(attachments);
        return all;
    }

    private void check() throws IOException, RefusedException {
        if (payload == null) {
            throw new RefusedException(PackageError.PAYLOAD_MISSING, null);
        }
        Set<String> seen = new HashSet<>();
        for (Part part : parts()) {
            EntryName name = EntryName.of(part.name());
            if (name.directory()) {
                throw new RefusedException(PackageError.ZIP_ODD_ENTRY_NAME, part.name() + " (ends with '/')");
            }
            if (!seen.add(name.duplicateKey())) {
                throw new RefusedException(PackageError.ZIP_DUPLICATE_ENTRY, part.name());
            }
            EntryRole role = EntryRole.of(name);
            if (part == payload && role != EntryRole.PAYLOAD) {
                throw new RefusedException(PackageError.PAYLOAD_MISSING, part.name() + " is not an .xml name for the root");
            }
            if (ArchiveSniffer.hasArchiveName(name.value())) {
                throw new RefusedException(PackageError.ZIP_NESTED_ARCHIVE, part.name());
            }
            try (InputStream in = part.open()) {
                byte[] head = in.readNBytes(ArchiveSniffer.HEAD_BYTES);
                if (ArchiveSniffer.looksLikeArchive(head, head.length)) {
                    throw new RefusedException(PackageError.ZIP_NESTED_ARCHIVE, part.name() + " (content is an archive)");
                }
            }
        }
        try (InputStream in = payload.open()) {
            PayloadSender.peek(in, PackageLimits.defaults().senderPeekBytes(), payload.name());
        }
    }
}
