package cn.sh.pilot.archive.infrastructure.bag;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.sh.pilot.archive.api.ArchiveCheck;
import cn.sh.pilot.archive.api.ArchiveError;
import cn.sh.pilot.archive.api.CheckKind;
import cn.sh.pilot.archive.application.BagInspector;
import cn.sh.pilot.archive.domain.bag.BagLayout;
import cn.sh.pilot.archive.domain.bag.ManifestLine;
import cn.sh.pilot.archive.domain.bag.PayloadIndex;
import cn.sh.pilot.archive.domain.bag.PayloadOxum;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.trust.TrustStore;

/**
 * Reads a bag folder (or a ZIP, unpacked safely into a temporary folder) and checks it against
 * RFC 8493 and this export's layout, reporting every finding with the file it concerns. Reads files
 * as streams; links are never followed.
 */
public final class FolderBagInspector implements BagInspector {

    private static final Set<String> ROOT_ENTRIES = Set.of(BagLayout.BAGIT, BagLayout.BAG_INFO, BagLayout.MANIFEST,
            BagLayout.TAG_MANIFEST, BagLayout.SIGNATURE, BagLayout.DATA);

    private final TrustStore trust;
    private final Clock clock;
    private final BagSeal seal = new BagSeal();

    public FolderBagInspector(TrustStore trust, Clock clock) {
        this.trust = Objects.requireNonNull(trust);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public OpenedBag open(Path bagOrZip) throws RefusedException {
        if (Files.isDirectory(bagOrZip, LinkOption.NOFOLLOW_LINKS)) {
            return opened(bagOrZip, null);
        }
        if (!Files.isRegularFile(bagOrZip, LinkOption.NOFOLLOW_LINKS)) {
            throw new RefusedException(ArchiveError.BAG_UNREADABLE, bagOrZip + " is neither a folder nor a file");
        }
        Path temp = null;
        try {
            temp = Files.createTempDirectory("pilot-archive-verify-");
            return opened(ZipBags.unpack(bagOrZip, temp), temp);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new RefusedException(ArchiveError.BAG_UNREADABLE, bagOrZip + ": " + e.getMessage(), e);
        } catch (RefusedException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    private static OpenedBag opened(Path root, Path cleanup) {
        return new OpenedBag() {
            @Override
            public Path root() {
                return root;
            }

            @Override
            public void close() throws IOException {
                if (cleanup != null) {
                    Folders.deleteTree(cleanup);
                }
            }
        };
    }

    private static void deleteQuietly(Path temp) {
        try {
            if (temp != null) {
                Folders.deleteTree(temp);
            }
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }

    @Override
    public Optional<PayloadOxum> checkTagFiles(Path root, Consumer<ArchiveCheck> sink) {
        checkDeclaration(root, sink);
        Optional<PayloadOxum> declared = checkBagInfo(root, sink);
        checkTagManifest(root, sink);
        checkRootEntries(root, sink);
        seal.verify(root, trust, clock, sink);
        return declared;
    }

    private static void checkDeclaration(Path root, Consumer<ArchiveCheck> sink) {
        Optional<String> text = readSmallText(root.resolve(BagLayout.BAGIT));
        if (text.isPresent() && text.get().replace("\r\n", "\n").equals(TagFiles.DECLARATION)) {
            sink.accept(ArchiveCheck.pass(CheckKind.BAG_DECLARATION, BagLayout.BAGIT, "BagIt 1.0，UTF-8", "BagIt 1.0, UTF-8"));
        } else {
            sink.accept(ArchiveCheck.fail(CheckKind.BAG_DECLARATION, BagLayout.BAGIT, ArchiveError.BAG_DECLARATION_INVALID,
                    text.isEmpty() ? "missing or not UTF-8" : "unexpected content"));
        }
    }

    private static Optional<PayloadOxum> checkBagInfo(Path root, Consumer<ArchiveCheck> sink) {
        Optional<Map<String, String>> labels = readSmallText(root.resolve(BagLayout.BAG_INFO)).flatMap(TagFiles::parseBagInfo);
        if (labels.isEmpty()) {
            sink.accept(ArchiveCheck.fail(CheckKind.BAG_INFO, BagLayout.BAG_INFO, ArchiveError.BAG_INFO_INVALID, "missing or malformed"));
            return Optional.empty();
        }
        Map<String, String> l = labels.get();
        Optional<PayloadOxum> oxum = Optional.ofNullable(l.get(TagFiles.PAYLOAD_OXUM)).flatMap(PayloadOxum::parse);
        String problem = null;
        if (l.get(TagFiles.SOURCE_ORGANIZATION) == null || l.get(TagFiles.SOURCE_ORGANIZATION).isBlank()) {
            problem = TagFiles.SOURCE_ORGANIZATION + " missing";
        } else if (oxum.isEmpty()) {
            problem = TagFiles.PAYLOAD_OXUM + " missing or malformed";
        } else {
            try {
                LocalDate.parse(String.valueOf(l.get(TagFiles.BAGGING_DATE)));
            } catch (DateTimeParseException e) {
                problem = TagFiles.BAGGING_DATE + " missing or not YYYY-MM-DD";
            }
        }
        if (problem != null) {
            sink.accept(ArchiveCheck.fail(CheckKind.BAG_INFO, BagLayout.BAG_INFO, ArchiveError.BAG_INFO_INVALID, problem));
            return oxum;
        }
        sink.accept(ArchiveCheck.pass(CheckKind.BAG_INFO, BagLayout.BAG_INFO,
                "来源 " + l.get(TagFiles.SOURCE_ORGANIZATION) + "，打包日期 " + l.get(TagFiles.BAGGING_DATE) + "，Payload-Oxum " + oxum.get()
                        + "，选择条件 " + l.getOrDefault("Pilot-Selection", "-"),
                "source " + l.get(TagFiles.SOURCE_ORGANIZATION) + ", bagged " + l.get(TagFiles.BAGGING_DATE) + ", Payload-Oxum " + oxum.get()
                        + ", selection " + l.getOrDefault("Pilot-Selection", "-")));
        return oxum;
    }

    private static void checkTagManifest(Path root, Consumer<ArchiveCheck> sink) {
        Optional<String> text = readSmallText(root.resolve(BagLayout.TAG_MANIFEST));
        if (text.isEmpty()) {
            sink.accept(ArchiveCheck.fail(CheckKind.TAG_MANIFEST, BagLayout.TAG_MANIFEST, ArchiveError.MANIFEST_INVALID, "missing"));
            return;
        }
        Map<String, String> listed = new HashMap<>();
        int n = 0;
        for (String line : text.get().split("\r\n|\r|\n")) {
            n++;
            if (line.isEmpty()) {
                continue;
            }
            Optional<ManifestLine> parsed = ManifestLine.parse(line);
            if (parsed.isEmpty() || listed.putIfAbsent(parsed.get().path(), parsed.get().sha256()) != null) {
                sink.accept(ArchiveCheck.fail(CheckKind.TAG_MANIFEST, BagLayout.TAG_MANIFEST, ArchiveError.MANIFEST_INVALID, "line " + n));
                return;
            }
        }
        boolean ok = true;
        for (String tag : List.of(BagLayout.BAGIT, BagLayout.BAG_INFO, BagLayout.MANIFEST)) {
            String expected = listed.remove(tag);
            if (expected == null) {
                ok = false;
                sink.accept(ArchiveCheck.fail(CheckKind.TAG_MANIFEST, BagLayout.TAG_MANIFEST, ArchiveError.MANIFEST_INVALID, tag + " not listed"));
                continue;
            }
            Optional<String> actual = digest(root.resolve(tag));
            if (actual.isEmpty() || !actual.get().equals(expected)) {
                ok = false;
                sink.accept(ArchiveCheck.fail(CheckKind.TAG_MANIFEST, tag, ArchiveError.TAG_FILE_DIGEST_MISMATCH,
                        actual.isEmpty() ? "missing" : "SHA-256 " + actual.get()));
            }
        }
        for (String extra : listed.keySet()) {
            ok = false;
            sink.accept(ArchiveCheck.fail(CheckKind.TAG_MANIFEST, BagLayout.TAG_MANIFEST, ArchiveError.MANIFEST_INVALID,
                    "lists " + extra + ", which is not a tag file of this layout"));
        }
        if (ok) {
            sink.accept(ArchiveCheck.pass(CheckKind.TAG_MANIFEST, BagLayout.TAG_MANIFEST,
                    "bagit.txt、bag-info.txt、manifest-sha256.txt 摘要一致", "bagit.txt, bag-info.txt, manifest-sha256.txt match"));
        }
    }

    private static void checkRootEntries(Path root, Consumer<ArchiveCheck> sink) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (!ROOT_ENTRIES.contains(name)) {
                    sink.accept(ArchiveCheck.fail(CheckKind.PAYLOAD_COMPLETENESS, name, ArchiveError.PAYLOAD_FILE_UNLISTED,
                            "not part of this bag's layout"));
                }
            }
        } catch (IOException e) {
            sink.accept(ArchiveCheck.fail(CheckKind.BAG_DECLARATION, null, ArchiveError.BAG_UNREADABLE, e.getMessage()));
        }
    }

    @Override
    public PayloadIndex readManifest(Path root, Consumer<ArchiveCheck> sink) {
        PayloadIndex index = new PayloadIndex();
        Path file = root.resolve(BagLayout.MANIFEST);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                n++;
                if (line.isEmpty()) {
                    continue;
                }
                Optional<ManifestLine> parsed = ManifestLine.parse(line);
                if (parsed.isEmpty() || !parsed.get().path().startsWith(BagLayout.DATA + "/") || !index.add(parsed.get())) {
                    sink.accept(ArchiveCheck.fail(CheckKind.PAYLOAD_DIGEST, BagLayout.MANIFEST, ArchiveError.MANIFEST_INVALID,
                            "line " + n + (parsed.isPresent() ? " (" + parsed.get().path() + ")" : "")));
                }
            }
        } catch (CharacterCodingException e) {
            sink.accept(ArchiveCheck.fail(CheckKind.PAYLOAD_DIGEST, BagLayout.MANIFEST, ArchiveError.MANIFEST_INVALID, "not UTF-8"));
        } catch (IOException e) {
            sink.accept(ArchiveCheck.fail(CheckKind.PAYLOAD_DIGEST, BagLayout.MANIFEST, ArchiveError.MANIFEST_INVALID, "missing or unreadable"));
        }
        return index;
    }

    @Override
    public List<String> projectFolders(Path root, PayloadIndex index, Consumer<ArchiveCheck> sink) {
        List<String> folders = new ArrayList<>();
        Path data = root.resolve(BagLayout.DATA);
        if (!Files.isDirectory(data, LinkOption.NOFOLLOW_LINKS)) {
            sink.accept(ArchiveCheck.fail(CheckKind.PAYLOAD_COMPLETENESS, BagLayout.DATA, ArchiveError.PAYLOAD_FILE_MISSING, "no data/ folder"));
            return folders;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(data)) {
            for (Path p : entries) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    folders.add(p.getFileName().toString());
                } else {
                    checkFile(root, p, index, sink);
                }
            }
        } catch (IOException e) {
            sink.accept(ArchiveCheck.fail(CheckKind.PAYLOAD_COMPLETENESS, BagLayout.DATA, ArchiveError.BAG_UNREADABLE, e.getMessage()));
        }
        folders.sort(null);
        return folders;
    }

    @Override
    public Map<String, String> checkFolder(Path root, String folder, PayloadIndex index, Consumer<ArchiveCheck> sink) {
        Map<String, String> digests = new HashMap<>();
        Path dir = root.resolve(BagLayout.DATA).resolve(folder);
        if (!BagLayout.isProjectFolder(folder)) {
            sink.accept(ArchiveCheck.fail(CheckKind.PAYLOAD_COMPLETENESS, BagLayout.DATA + "/" + folder,
                    ArchiveError.PAYLOAD_FILE_UNLISTED, "not a project folder name this export makes"));
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                checkFile(root, p, index, sink).ifPresent(sha -> digests.put(dir.relativize(p).toString().replace('\\', '/'), sha));
            }
        } catch (IOException e) {
            sink.accept(ArchiveCheck.fail(CheckKind.PAYLOAD_DIGEST, BagLayout.DATA + "/" + folder, ArchiveError.BAG_UNREADABLE, e.getMessage()));
        }
        return digests;
    }

    /** Digests one payload file and compares it with the manifest; returns its actual SHA-256 if readable. */
    private static Optional<String> checkFile(Path root, Path p, PayloadIndex index, Consumer<ArchiveCheck> sink) {
        String rel = root.relativize(p).toString().replace('\\', '/');
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            sink.accept(ArchiveCheck.fail(CheckKind.PAYLOAD_COMPLETENESS, rel, ArchiveError.PAYLOAD_FILE_UNLISTED,
                    "not a regular file (link or device)"));
            return Optional.empty();
        }
        Sha256.Measured m;
        try {
            m = Sha256.of(p);
        } catch (IOException e) {
            sink.accept(ArchiveCheck.fail(CheckKind.PAYLOAD_DIGEST, rel, ArchiveError.PAYLOAD_DIGEST_MISMATCH, "unreadable: " + e.getMessage()));
            return Optional.empty();
        }
        index.found(rel, m.size());
        Optional<String> expected = index.expected(rel);
        if (expected.isEmpty()) {
            sink.accept(ArchiveCheck.fail(CheckKind.PAYLOAD_COMPLETENESS, rel, ArchiveError.PAYLOAD_FILE_UNLISTED, null));
        } else if (!expected.get().equals(m.sha256())) {
            sink.accept(ArchiveCheck.fail(CheckKind.PAYLOAD_DIGEST, rel, ArchiveError.PAYLOAD_DIGEST_MISMATCH,
                    "SHA-256 " + m.sha256() + ", manifest " + expected.get()));
        } else {
            sink.accept(ArchiveCheck.pass(CheckKind.PAYLOAD_DIGEST, rel, "SHA-256 一致（" + m.size() + " 字节）",
                    "SHA-256 matches (" + m.size() + " bytes)"));
        }
        return Optional.of(m.sha256());
    }

    @Override
    public void checkCompleteness(PayloadIndex index, Optional<PayloadOxum> declared, Consumer<ArchiveCheck> sink) {
        List<String> missing = index.missing();
        for (String path : missing) {
            sink.accept(ArchiveCheck.fail(CheckKind.PAYLOAD_COMPLETENESS, path, ArchiveError.PAYLOAD_FILE_MISSING, null));
        }
        if (missing.isEmpty()) {
            sink.accept(ArchiveCheck.pass(CheckKind.PAYLOAD_COMPLETENESS, BagLayout.MANIFEST,
                    "清单所列 " + index.size() + " 个文件齐全", "all " + index.size() + " listed files are present"));
        }
        PayloadOxum found = index.foundOxum();
        if (declared.isEmpty()) {
            return; // bag-info.txt already reported
        }
        if (declared.get().equals(found)) {
            sink.accept(ArchiveCheck.pass(CheckKind.PAYLOAD_OXUM, BagLayout.BAG_INFO, "Payload-Oxum " + found + " 一致",
                    "Payload-Oxum " + found + " matches"));
        } else {
            sink.accept(ArchiveCheck.fail(CheckKind.PAYLOAD_OXUM, BagLayout.BAG_INFO, ArchiveError.PAYLOAD_OXUM_MISMATCH,
                    "declared " + declared.get() + ", found " + found));
        }
    }

    private static Optional<String> readSmallText(Path file) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > (1 << 20)) {
                return Optional.empty();
            }
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> digest(Path file) {
        try {
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Optional.of(Sha256.of(file).sha256()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
