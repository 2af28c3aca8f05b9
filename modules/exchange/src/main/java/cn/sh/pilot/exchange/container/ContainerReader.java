package cn.sh.pilot.exchange.container;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.PackageError;

/**
 * Reads a package once, front to back, checking everything the ZIP layer can get wrong.
 *
 * <p>First the central directory (entry count, names, links, encryption, methods, declared
 * sizes, the place of {@code mimetype}, the layout); then every entry's local record in order,
 * digesting the inflated bytes as they stream by and measuring them against the limits, and
 * requiring the local records to agree with the directory (so that no tool sees other content
 * than the one verified). Memory stays flat: only names, digests and the small signature
 * document are kept.
 */
public final class ContainerReader {

    private static final int MIMETYPE_MAX = 256;

    private final PackageLimits limits;

    public ContainerReader(PackageLimits limits) {
        this.limits = Objects.requireNonNull(limits);
    }

    /** Reads and checks the package; refuses it at the first problem. */
    public ContainerContents read(Path pkg) throws RefusedException, IOException {
        return read(pkg, null);
    }

    /** As {@link #read(Path)}, handing every entry's bytes to {@code copier} as they are read. */
    public ContainerContents read(Path pkg, EntryCopier copier) throws RefusedException, IOException {
        List<CentralDirectory.Record> records;
        List<EntryName> names = new ArrayList<>();
        List<EntryRole> roles = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(pkg, StandardOpenOption.READ)) {
            records = CentralDirectory.read(channel, limits.maxEntries());
        }
        checkDirectory(records, names, roles);
        try (InputStream file = Files.newInputStream(pkg)) {
            return stream(file, records, names, roles, copier);
        } catch (RefusalSignal signal) {
            throw signal.refusal();
        } catch (ZipException e) {
            throw new RefusedException(PackageError.ZIP_UNREADABLE, e.getMessage(), e);
        }
    }

    private void checkDirectory(List<CentralDirectory.Record> records, List<EntryName> names, List<EntryRole> roles)
            throws RefusedException {
        Set<String> seen = new HashSet<>();
        long declaredTotal = 0;
        int payloads = 0;
        int mimetypeAt = -1;
        for (int i = 0; i < records.size(); i++) {
            CentralDirectory.Record r = records.get(i);
            EntryName name = EntryName.of(r.rawName());
            if (!seen.add(name.duplicateKey())) {
                throw new RefusedException(PackageError.ZIP_DUPLICATE_ENTRY, name.toString());
            }
            if (r.isLink()) {
                throw new RefusedException(PackageError.ZIP_LINK_ENTRY, name.toString());
            }
            if (r.encrypted() || (r.method() != ZipEntry.STORED && r.method() != ZipEntry.DEFLATED)) {
                throw new RefusedException(PackageError.ZIP_UNSUPPORTED_ENTRY, name + (r.encrypted()
                        ? " is encrypted" : " uses compression method " + r.method()));
            }
            EntryRole role = EntryRole.of(name);
            if (role == EntryRole.DIRECTORY && r.size() != 0) {
                throw new RefusedException(PackageError.ZIP_ODD_ENTRY_NAME, name + " (a directory entry with content)");
            }
            if ((role == EntryRole.ATTACHMENT || role == EntryRole.PAYLOAD) && ArchiveSniffer.hasArchiveName(name.value())) {
                throw new RefusedException(PackageError.ZIP_NESTED_ARCHIVE, name.toString());
            }
            if (r.size() > limits.maxEntryBytes()) {
                throw new RefusedException(PackageError.ZIP_ENTRY_TOO_LARGE, name + " declares " + r.size() + " bytes");
            }
            declaredTotal += r.size();
            if (declaredTotal > limits.maxTotalBytes()) {
                throw new RefusedException(PackageError.ZIP_TOTAL_TOO_LARGE, "declared sizes pass "
                        + limits.maxTotalBytes() + " bytes at " + name);
            }
            if (role == EntryRole.PAYLOAD) {
                payloads++;
            }
            if (role == EntryRole.MIMETYPE) {
                mimetypeAt = i;
            }
            names.add(name);
            roles.add(role);
        }
        if (mimetypeAt < 0) {
            throw new RefusedException(PackageError.MIMETYPE_MISSING, null);
        }
        CentralDirectory.Record mimetype = records.get(mimetypeAt);
        if (mimetypeAt != 0 || mimetype.localHeaderOffset() != 0) {
            throw new RefusedException(PackageError.MIMETYPE_MISPLACED, "entry " + (mimetypeAt + 1) + " of " + records.size());
        }
        if (mimetype.method() != ZipEntry.STORED) {
            throw new RefusedException(PackageError.MIMETYPE_COMPRESSED, PackageFormat.MIMETYPE_ENTRY);
        }
        if (mimetype.size() > MIMETYPE_MAX) {
            throw new RefusedException(PackageError.MIMETYPE_WRONG_VALUE, mimetype.size() + " bytes");
        }
        if (payloads == 0) {
            throw new RefusedException(PackageError.PAYLOAD_MISSING, null);
        }
        if (payloads > 1) {
            throw new RefusedException(PackageError.PAYLOAD_AMBIGUOUS, payloads + " XML documents at the root");
        }
    }

    private ContainerContents stream(InputStream file, List<CentralDirectory.Record> records, List<EntryName> names,
                                     List<EntryRole> roles, EntryCopier copier) throws IOException, RefusedException {
        CountingStream raw = new CountingStream(new BufferedInputStream(file, 64 * 1024));
        List<ContainerEntry> entries = new ArrayList<>(records.size());
        String payloadName = null;
        String sender = null;
        RefusedException senderRefusal = null;
        byte[] signature = null;
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(raw, StandardCharsets.UTF_8)) {
            for (int i = 0; i < records.size(); i++) {
                CentralDirectory.Record record = records.get(i);
                EntryName name = names.get(i);
                EntryRole role = roles.get(i);
                ZipEntry local = zip.getNextEntry();
                if (local == null) {
                    throw inconsistent("the directory lists " + records.size() + " entries, the file holds " + i);
                }
                if (!local.getName().equals(record.rawName()) || local.getMethod() != record.method()) {
                    throw inconsistent("entry " + (i + 1) + " is '" + local.getName() + "' in the file but '"
                            + record.rawName() + "' in the directory");
                }
                if (role == EntryRole.MIMETYPE && local.getExtra() != null && local.getExtra().length > 0) {
                    throw new RefusedException(PackageError.MIMETYPE_MISPLACED, "mimetype carries an extra field");
                }
                boolean sniff = role == EntryRole.ATTACHMENT || role == EntryRole.PAYLOAD;
                OutputStream sink = copier == null ? null : copier.open(name, role);
                MeasuredEntryStream in = new MeasuredEntryStream(zip, name.toString(), sniff, limits, raw, total, sink);
                switch (role) {
                    case MIMETYPE -> checkMimetype(in);
                    case PAYLOAD -> {
                        payloadName = name.value();
                        try {
                            sender = PayloadSender.peek(in, limits.senderPeekBytes(), name.value());
                        } catch (RefusedException e) {
                            if (e.error() == PackageError.DTD_REFUSED) {
                                throw e;
                            }
                            senderRefusal = e;
                        }
                    }
                    case SIGNATURE -> signature = readSignature(in);
                    default -> {
                        // attachments and directories are only measured
                    }
                }
                in.drain();
                if (sink != null) {
                    sink.close();
                }
                if (in.size() != record.size() || local.getCrc() != record.crc()) {
                    throw inconsistent(name + ": the directory declares " + record.size() + " bytes, the entry holds "
                            + in.size() + " (or the checksums differ)");
                }
                total += in.size();
                entries.add(new ContainerEntry(name, role, in.size(), in.sha256()));
            }
            if (zip.getNextEntry() != null) {
                throw inconsistent("the file holds more entries than the directory lists");
            }
        }
        return new ContainerContents(entries, payloadName, sender, senderRefusal, signature, total);
    }

    private static void checkMimetype(MeasuredEntryStream in) throws IOException, RefusedException {
        byte[] content = in.readNBytes(MIMETYPE_MAX + 1);
        byte[] expected = PackageFormat.MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII);
        if (!Arrays.equals(content, expected)) {
            String found = new String(content, 0, Math.min(content.length, 80), StandardCharsets.ISO_8859_1);
            throw new RefusedException(PackageError.MIMETYPE_WRONG_VALUE, "found '" + found + "'");
        }
    }

    private byte[] readSignature(MeasuredEntryStream in) throws IOException, RefusedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        int n;
        while ((n = in.read(buffer, 0, buffer.length)) >= 0) {
            out.write(buffer, 0, n);
            if (out.size() > limits.maxSignatureBytes()) {
                throw new RefusedException(PackageError.SIGNATURE_TOO_LARGE, "more than " + limits.maxSignatureBytes() + " bytes");
            }
        }
        return out.toByteArray();
    }

    private static RefusedException inconsistent(String detail) {
        return new RefusedException(PackageError.ZIP_INCONSISTENT_DIRECTORY, detail);
    }
}
