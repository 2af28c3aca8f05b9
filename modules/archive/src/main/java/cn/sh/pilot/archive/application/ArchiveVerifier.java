package cn.sh.pilot.archive.application;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import cn.sh.pilot.archive.api.ArchiveCheck;
import cn.sh.pilot.archive.api.ArchiveError;
import cn.sh.pilot.archive.api.ArchiveReport;
import cn.sh.pilot.archive.api.CheckKind;
import cn.sh.pilot.archive.api.Progress;
import cn.sh.pilot.archive.domain.bag.BagLayout;
import cn.sh.pilot.archive.domain.bag.PayloadIndex;
import cn.sh.pilot.archive.domain.bag.PayloadOxum;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.signature.Check;
import cn.sh.pilot.exchange.signature.PackageVerifier;
import cn.sh.pilot.exchange.signature.VerificationReport;

/**
 * Verifies an export offline — a bag folder or its ZIP, a trust-store folder, nothing else: the BagIt
 * declaration and bag-info, the tag manifest and the municipal signature over the tag files, every
 * payload file against the manifest (nothing missing, nothing added, Payload-Oxum), every record
 * against the XSD and against the originals it lists, and every original package's own signature.
 * Reports each check in Chinese and English, naming the failing file; never stops at the first failure.
 */
public final class ArchiveVerifier {

    private final BagInspector bags;
    private final RecordInspector records;
    private final PackageVerifier packages;

    public ArchiveVerifier(BagInspector bags, RecordInspector records, PackageVerifier packages) {
        this.bags = Objects.requireNonNull(bags);
        this.records = Objects.requireNonNull(records);
        this.packages = Objects.requireNonNull(packages);
    }

    public ArchiveReport verify(Path bagOrZip) {
        return verify(bagOrZip, Progress.NONE, check -> { });
    }

    /**
     * @param progress told {@code (done, total)} after each project folder
     * @param listener sees every single check as it is made (the report keeps failures and one summary per check kind)
     */
    public ArchiveReport verify(Path bagOrZip, Progress progress, Consumer<ArchiveCheck> listener) {
        Collector sink = new Collector(listener);
        long projects = 0;
        try (BagInspector.OpenedBag bag = bags.open(bagOrZip)) {
            Path root = bag.root();
            Optional<PayloadOxum> declared = bags.checkTagFiles(root, sink);
            PayloadIndex index = bags.readManifest(root, sink);
            List<String> folders = bags.projectFolders(root, index, sink);
            for (String folder : folders) {
                Map<String, String> digests = bags.checkFolder(root, folder, index, sink);
                checkRecordAndOriginals(root, folder, digests, sink);
                progress.advanced(++projects, folders.size());
            }
            bags.checkCompleteness(index, declared, sink);
        } catch (RefusedException e) {
            sink.accept(ArchiveCheck.fail(CheckKind.BAG_DECLARATION, bagOrZip.toString(), ArchiveError.BAG_UNREADABLE, e.detail()));
        } catch (IOException e) {
            sink.accept(ArchiveCheck.fail(CheckKind.BAG_DECLARATION, bagOrZip.toString(), ArchiveError.BAG_UNREADABLE, e.getMessage()));
        }
        return sink.report(bagOrZip, projects);
    }

    private void checkRecordAndOriginals(Path root, String folder, Map<String, String> digests, Consumer<ArchiveCheck> sink) {
        String recordPath = BagLayout.recordPath(folder);
        Path recordFile = root.resolve(recordPath);
        Map<String, RecordInspector.ListedPackage> listed = new HashMap<>();
        if (!Files.isRegularFile(recordFile)) {
            sink.accept(ArchiveCheck.fail(CheckKind.RECORD_SCHEMA, recordPath, ArchiveError.RECORD_SCHEMA_INVALID, "record.xml missing"));
        } else {
            try {
                for (RecordInspector.ListedPackage p : records.inspect(recordFile)) {
                    listed.put(p.fileName(), p);
                }
                sink.accept(ArchiveCheck.pass(CheckKind.RECORD_SCHEMA, recordPath, "符合 archival-record.xsd", "valid against archival-record.xsd"));
                checkAgreement(folder, recordPath, listed, digests, sink);
            } catch (RefusedException e) {
                sink.accept(ArchiveCheck.fail(CheckKind.RECORD_SCHEMA, recordPath, ArchiveError.RECORD_SCHEMA_INVALID,
                        e.id() + (e.detail() == null ? "" : " — " + e.detail())));
            }
        }
        for (String file : digests.keySet().stream().filter(f -> f.startsWith(BagLayout.ORIGINALS + "/")).sorted().toList()) {
            checkOriginalSignature(root, folder, file, listed.get(file.substring(BagLayout.ORIGINALS.length() + 1)), sink);
        }
    }

    private static void checkAgreement(String folder, String recordPath, Map<String, RecordInspector.ListedPackage> listed,
                                       Map<String, String> digests, Consumer<ArchiveCheck> sink) {
        boolean agree = true;
        for (RecordInspector.ListedPackage p : listed.values()) {
            String original = BagLayout.ORIGINALS + "/" + p.fileName();
            String actual = digests.get(original);
            if (actual == null) {
                agree = false;
                sink.accept(ArchiveCheck.fail(CheckKind.RECORD_ORIGINALS, BagLayout.originalPath(folder, p.fileName()),
                        ArchiveError.RECORD_ORIGINALS_MISMATCH, "listed in " + recordPath + " but not present"));
            } else if (!actual.equals(p.sha256())) {
                agree = false;
                sink.accept(ArchiveCheck.fail(CheckKind.RECORD_ORIGINALS, BagLayout.originalPath(folder, p.fileName()),
                        ArchiveError.RECORD_ORIGINALS_MISMATCH, "SHA-256 " + actual + " ≠ " + p.sha256() + " in " + recordPath));
            }
        }
        for (String file : digests.keySet()) {
            if (file.startsWith(BagLayout.ORIGINALS + "/") && !listed.containsKey(file.substring(BagLayout.ORIGINALS.length() + 1))) {
                agree = false;
                sink.accept(ArchiveCheck.fail(CheckKind.RECORD_ORIGINALS, BagLayout.DATA + "/" + folder + "/" + file,
                        ArchiveError.RECORD_ORIGINALS_MISMATCH, "not listed in " + recordPath));
            }
        }
        if (agree) {
            sink.accept(ArchiveCheck.pass(CheckKind.RECORD_ORIGINALS, recordPath,
                    listed.size() + " 个原始包与记录一致", listed.size() + " originals agree with the record"));
        }
    }

    private void checkOriginalSignature(Path root, String folder, String file, RecordInspector.ListedPackage listed,
                                        Consumer<ArchiveCheck> sink) {
        String subject = BagLayout.DATA + "/" + folder + "/" + file;
        VerificationReport report;
        try {
            report = packages.verify(root.resolve(subject));
        } catch (IOException e) {
            sink.accept(ArchiveCheck.fail(CheckKind.ORIGINAL_SIGNATURE, subject, ArchiveError.ORIGINAL_SIGNATURE_INVALID,
                    "unreadable: " + e.getMessage()));
            return;
        }
        if (report.accepted()) {
            sink.accept(ArchiveCheck.pass(CheckKind.ORIGINAL_SIGNATURE, subject,
                    "签名有效，签名方 " + report.claimedSender() + "，签名时间 " + report.signingTime(),
                    "signature valid, signed by " + report.claimedSender() + " at " + report.signingTime()));
            return;
        }
        Check first = report.firstFailure().orElseThrow();
        String detail = first.error().id() + (first.subject() == null ? "" : " @ " + first.subject()) + ": " + first.finding().en();
        if (listed != null && listed.refusedAtImport()) {
            sink.accept(ArchiveCheck.pass(CheckKind.ORIGINAL_SIGNATURE, subject,
                    "入库时已被拒收，作为证据原样保存；验证结果：" + detail,
                    "refused at import and kept as evidence; verification says: " + detail));
        } else {
            sink.accept(ArchiveCheck.fail(CheckKind.ORIGINAL_SIGNATURE, subject, ArchiveError.ORIGINAL_SIGNATURE_INVALID, detail));
        }
    }

    /** Keeps failures in order and counts passes per kind; forwards everything to the listener. */
    private static final class Collector implements Consumer<ArchiveCheck> {
        private final Consumer<ArchiveCheck> listener;
        private final List<ArchiveCheck> failures = new ArrayList<>();
        private final Map<CheckKind, Long> passes = new EnumMap<>(CheckKind.class);
        private final Map<CheckKind, ArchiveCheck> lastPass = new EnumMap<>(CheckKind.class);

        Collector(Consumer<ArchiveCheck> listener) {
            this.listener = listener;
        }

        @Override
        public void accept(ArchiveCheck check) {
            listener.accept(check);
            if (check.passed()) {
                passes.merge(check.kind(), 1L, Long::sum);
                lastPass.put(check.kind(), check);
            } else {
                failures.add(check);
            }
        }

        ArchiveReport report(Path bag, long projects) {
            List<ArchiveCheck> lines = new ArrayList<>();
            for (CheckKind kind : CheckKind.values()) {
                Long n = passes.get(kind);
                if (n == null) {
                    continue;
                }
                if (n == 1) {
                    lines.add(lastPass.get(kind));
                } else {
                    lines.add(ArchiveCheck.pass(kind, null, n + " 项通过", n + " passed"));
                }
            }
            lines.addAll(failures);
            return new ArchiveReport(bag, lines, projects);
        }
    }
}
