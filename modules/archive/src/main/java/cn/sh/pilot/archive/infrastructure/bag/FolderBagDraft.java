package cn.sh.pilot.archive.infrastructure.bag;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import cn.sh.pilot.archive.api.ArchiveError;
import cn.sh.pilot.archive.api.BagFormat;
import cn.sh.pilot.archive.application.BagDescription;
import cn.sh.pilot.archive.application.BagDraft;
import cn.sh.pilot.archive.domain.bag.BagLayout;
import cn.sh.pilot.archive.domain.bag.ManifestLine;
import cn.sh.pilot.archive.domain.bag.PayloadOxum;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.signature.SigningKey;

/**
 * A bag being written in its staging folder. Every payload file is written under a temporary name,
 * digested while it is written, moved into place and listed in the payload manifest at once (the
 * manifest is a file, appended to as the export goes). Nothing but the running Payload-Oxum is kept.
 */
final class FolderBagDraft implements BagDraft {

    private final Path staging;
    private final Path target;
    private final String bagName;
    private final BagFormat format;
    private final SigningKey key;
    private final Clock clock;
    private final BufferedWriter manifest;
    private PayloadOxum oxum = new PayloadOxum(0, 0);
    private boolean completed;

    FolderBagDraft(Path staging, Path target, String bagName, BagFormat format, SigningKey key, Clock clock) throws IOException {
        this.staging = staging;
        this.target = target;
        this.bagName = bagName;
        this.format = format;
        this.key = key;
        this.clock = clock;
        Files.createDirectories(staging.resolve(BagLayout.DATA));
        this.manifest = Files.newBufferedWriter(staging.resolve(BagLayout.MANIFEST), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    @Override
    public void addRecord(String folder, byte[] validatedXml) throws IOException {
        String path = BagLayout.recordPath(folder);
        Path file = staging.resolve(path);
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(BagLayout.RECORD + ".part");
        Sha256.Measured m;
        try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
            m = Sha256.copy(new java.io.ByteArrayInputStream(validatedXml), out);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        listed(path, m);
    }

    @Override
    public void addOriginal(String folder, String fileName, Path source, String expectedSha256)
            throws IOException, RefusedException {
        String path = BagLayout.originalPath(folder, fileName);
        Path file = staging.resolve(path);
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling("." + fileName + ".part");
        Sha256.Measured m;
        try (InputStream in = Files.newInputStream(source);
             OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
            m = Sha256.copy(in, out);
        } catch (NoSuchFileException e) {
            Files.deleteIfExists(temp);
            throw new RefusedException(ArchiveError.ORIGINAL_MISSING, folder + ": " + source);
        }
        if (!m.sha256().equals(expectedSha256.toLowerCase(Locale.ROOT))) {
            Files.delete(temp);
            throw new RefusedException(ArchiveError.ORIGINAL_DIGEST_MISMATCH,
                    folder + ": " + source + " has SHA-256 " + m.sha256() + ", recorded " + expectedSha256);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        listed(path, m);
    }

    private void listed(String path, Sha256.Measured m) throws IOException {
        manifest.write(new ManifestLine(m.sha256(), path).format());
        manifest.write('\n');
        oxum = oxum.plus(m.size());
    }

    @Override
    public PayloadOxum complete(BagDescription description) throws IOException, RefusedException {
        manifest.close();
        Files.writeString(staging.resolve(BagLayout.BAGIT), TagFiles.DECLARATION, StandardCharsets.UTF_8);
        Files.write(staging.resolve(BagLayout.BAG_INFO), TagFiles.bagInfo(description, oxum));
        StringBuilder tags = new StringBuilder();
        for (String tag : new String[] {BagLayout.BAGIT, BagLayout.BAG_INFO, BagLayout.MANIFEST}) {
            tags.append(new ManifestLine(Sha256.of(staging.resolve(tag)).sha256(), tag).format()).append('\n');
        }
        Files.writeString(staging.resolve(BagLayout.TAG_MANIFEST), tags, StandardCharsets.UTF_8);
        OffsetDateTime signingTime = OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.SECONDS),
                ZoneId.of("Asia/Shanghai"));
        new BagSeal().sign(staging, key, signingTime);
        if (format == BagFormat.FOLDER) {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } else {
            Path zipPart = target.resolveSibling("." + target.getFileName() + ".part");
            try {
                ZipBags.pack(staging, bagName, zipPart);
                Files.move(zipPart, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(zipPart);
            }
            Folders.deleteTree(staging);
        }
        completed = true;
        return oxum;
    }

    @Override
    public void close() throws IOException {
        manifest.close();
        if (!completed && Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) {
            Folders.deleteTree(staging);
        }
    }
}
