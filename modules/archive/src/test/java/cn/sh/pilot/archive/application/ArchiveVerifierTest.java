package cn.sh.pilot.archive.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import cn.sh.pilot.archive.Archive;
import cn.sh.pilot.archive.api.ArchiveCheck;
import cn.sh.pilot.archive.api.ArchiveError;
import cn.sh.pilot.archive.api.ArchiveReport;
import cn.sh.pilot.archive.api.BagFormat;
import cn.sh.pilot.archive.api.CheckKind;
import cn.sh.pilot.archive.api.ExportRequest;
import cn.sh.pilot.archive.api.Selection;
import cn.sh.pilot.archive.testing.Histories;
import cn.sh.pilot.archive.testing.InMemoryHistorySource;
import cn.sh.pilot.archive.testing.TestPki;
import cn.sh.pilot.exchange.signature.SigningKey;

class ArchiveVerifierTest {

    @TempDir
    Path dir;
    TestPki pki;
    Path bag;

    @BeforeEach
    void setUp() throws Exception {
        pki = TestPki.create(dir.resolve("pki"));
        bag = export(pki.municipalKey(), dir.resolve("bag"), BagFormat.FOLDER);
    }

    private Path export(SigningKey key, Path target, BagFormat format) throws Exception {
        Archive.exporter(new InMemoryHistorySource(Histories.three(pki, dir.resolve("store-" + target.getFileName()))), key,
                Clock.systemUTC()).export(new ExportRequest(Selection.all(), target, format, ArchiveExportTest.HE_FANG),
                (d, t) -> { });
        return target;
    }

    private ArchiveReport verify(Path path) throws Exception {
        return Archive.verifier(pki.trust(), Clock.systemUTC()).verify(path);
    }

    @Test
    void a_fresh_export_passes_every_check() throws Exception {
        List<ArchiveCheck> all = new ArrayList<>();
        ArchiveReport report = Archive.verifier(pki.trust(), Clock.systemUTC()).verify(bag, (d, t) -> { }, all::add);

        assertThat(report.failures()).isEmpty();
        assertThat(report.passed()).isTrue();
        assertThat(report.records()).isEqualTo(3);
        assertThat(report.checks()).extracting(ArchiveCheck::kind).containsExactly(CheckKind.values());
        assertThat(all).filteredOn(c -> c.kind() == CheckKind.ORIGINAL_SIGNATURE).hasSize(6).allMatch(ArchiveCheck::passed);
        assertThat(all).filteredOn(c -> c.kind() == CheckKind.BAG_SIGNATURE).singleElement()
                .satisfies(c -> assertThat(c.en()).contains("valid municipal (310000) signature"));
    }

    @Test
    void a_fresh_zip_export_passes_every_check() throws Exception {
        Path zip = export(pki.municipalKey(), dir.resolve("export-2025.zip"), BagFormat.ZIP);

        ArchiveReport report = verify(zip);

        assertThat(report.failures()).isEmpty();
        assertThat(report.passed()).isTrue();
        assertThat(report.records()).isEqualTo(3);
    }

    @TestFactory
    Stream<DynamicTest> changing_one_byte_in_any_file_fails_verification_naming_that_file() throws Exception {
        List<String> files;
        try (Stream<Path> walk = Files.walk(bag)) {
            files = walk.filter(Files::isRegularFile).map(p -> bag.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertThat(files).hasSize(5 + 9);
        return files.stream().map(file -> DynamicTest.dynamicTest(file, () -> {
            Path copy = copyOfBag(file.replace('/', '_'));
            Path target = copy.resolve(file);
            byte[] bytes = Files.readAllBytes(target);
            int at = bytes.length / 2;
            bytes[at] = (byte) (bytes[at] == 'A' ? 'B' : 'A');
            Files.write(target, bytes);

            ArchiveReport report = verify(copy);

            assertThat(report.passed()).as(file).isFalse();
            assertThat(report.failedSubjects()).as(report.failures().toString()).contains(file);
        }));
    }

    @Test
    void names_a_file_added_under_data_and_a_file_removed() throws Exception {
        Path copy = copyOfBag("added-removed");
        Files.writeString(copy.resolve("data/SHBZSD-2023-0007/originals/extra.txt"), "added later");
        Files.delete(copy.resolve("data/SHBZSD-2023-0012/originals/decision-2023-256.zip"));

        ArchiveReport report = verify(copy);

        assertThat(report.failures()).extracting(ArchiveCheck::error, ArchiveCheck::subject).contains(
                org.assertj.core.groups.Tuple.tuple(ArchiveError.PAYLOAD_FILE_UNLISTED, "data/SHBZSD-2023-0007/originals/extra.txt"),
                org.assertj.core.groups.Tuple.tuple(ArchiveError.PAYLOAD_FILE_MISSING, "data/SHBZSD-2023-0012/originals/decision-2023-256.zip"),
                org.assertj.core.groups.Tuple.tuple(ArchiveError.PAYLOAD_OXUM_MISMATCH, "bag-info.txt"));
    }

    @Test
    void a_bag_signed_by_a_district_key_is_not_a_municipal_export() throws Exception {
        Path districtSigned = export(pki.key("310104"), dir.resolve("district"), BagFormat.FOLDER);

        ArchiveReport report = verify(districtSigned);

        assertThat(report.passed()).isFalse();
        assertThat(report.failures()).singleElement().satisfies(c -> {
            assertThat(c.error()).isEqualTo(ArchiveError.BAG_SIGNER_UNTRUSTED);
            assertThat(c.subject()).isEqualTo("bag-signature.xml");
            assertThat(c.en()).contains("not 310000");
        });
    }

    @Test
    void a_missing_signature_is_reported() throws Exception {
        Path copy = copyOfBag("unsigned");
        Files.delete(copy.resolve("bag-signature.xml"));

        assertThat(verify(copy).failures()).extracting(ArchiveCheck::error).containsExactly(ArchiveError.BAG_SIGNATURE_MISSING);
    }

    @Test
    void something_that_is_not_a_bag_is_unreadable() throws Exception {
        Path notZip = Files.writeString(dir.resolve("notes.zip"), "not a zip");

        ArchiveReport report = verify(notZip);

        assertThat(report.passed()).isFalse();
        assertThat(report.failures()).extracting(ArchiveCheck::error).containsExactly(ArchiveError.BAG_UNREADABLE);
    }

    private Path copyOfBag(String name) throws Exception {
        Path copy = Files.createDirectories(dir.resolve("copies")).resolve(name);
        try (Stream<Path> walk = Files.walk(bag)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Files.copy(p, copy.resolve(bag.relativize(p).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return copy;
    }
}
