package cn.sh.pilot.archive.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.sh.pilot.archive.Archive;
import cn.sh.pilot.archive.api.ArchiveError;
import cn.sh.pilot.archive.api.BagFormat;
import cn.sh.pilot.archive.api.ExportRequest;
import cn.sh.pilot.archive.api.ExportResult;
import cn.sh.pilot.archive.api.Exporter;
import cn.sh.pilot.archive.api.PackageHistory;
import cn.sh.pilot.archive.api.ProjectDescription;
import cn.sh.pilot.archive.api.ProjectHistory;
import cn.sh.pilot.archive.api.Selection;
import cn.sh.pilot.archive.testing.Histories;
import cn.sh.pilot.archive.testing.InMemoryHistorySource;
import cn.sh.pilot.archive.testing.TestPki;
import cn.sh.pilot.contracts.archive.v1.ProjectStatus;
import cn.sh.pilot.contracts.error.RefusedException;

class ArchiveExportTest {

    static final Exporter HE_FANG = new Exporter("何芳", "档案管理员");

    @TempDir
    Path dir;
    TestPki pki;
    List<ProjectHistory> histories;

    @BeforeEach
    void setUp() throws Exception {
        pki = TestPki.create(dir.resolve("pki"));
        histories = Histories.three(pki, dir.resolve("store"));
    }

    private ExportResult export(List<ProjectHistory> list, Selection selection, Path target, BagFormat format) throws Exception {
        return Archive.exporter(new InMemoryHistorySource(list), pki.municipalKey(), Clock.systemUTC())
                .export(new ExportRequest(selection, target, format, HE_FANG), (done, total) -> { });
    }

    @Test
    void writes_a_bagit_bag_with_one_record_and_the_originals_per_project() throws Exception {
        Path bag = dir.resolve("out/export-2025");
        ExportResult result = export(histories, Selection.all(), bag, BagFormat.FOLDER);

        assertThat(result.records()).isEqualTo(3);
        assertThat(Files.readString(bag.resolve("bagit.txt"))).isEqualTo("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
        String info = Files.readString(bag.resolve("bag-info.txt"), StandardCharsets.UTF_8);
        assertThat(info).contains("Source-Organization: 上海市市场监督管理局", "Bagging-Date: ", "Payload-Oxum: " + result.payloadOxum(),
                "Pilot-Selection: all", "Pilot-Exporter: 何芳", "Pilot-Record-Count: 3");
        assertThat(bag.resolve("data/SHBZSD-2023-0007/record.xml")).isRegularFile();
        assertThat(bag.resolve("data/SHBZSD-2023-0007/originals/batch-310104-0002.zip"))
                .hasSameBinaryContentAs(dir.resolve("store/batch-310104-0002.zip"));
        assertThat(bag.resolve("data/application-b6a0d1c4-2e3f-4a5b-8c9d-0e1f2a3b4c5d/record.xml")).isRegularFile();
        assertThat(bag.resolve("tagmanifest-sha256.txt")).isRegularFile();
        assertThat(bag.resolve("bag-signature.xml")).isRegularFile();
        assertThat(Files.readAllLines(bag.resolve("manifest-sha256.txt"))).hasSize(3 * 3)
                .allMatch(l -> l.matches("[0-9a-f]{64}  data/.+"));
        assertThat(result.payloadFiles()).isEqualTo(9);
        try (Stream<Path> siblings = Files.list(bag.getParent())) {
            assertThat(siblings).containsExactly(bag);
        }
    }

    @Test
    void reports_progress_after_each_project() throws Exception {
        List<long[]> seen = new ArrayList<>();
        Archive.exporter(new InMemoryHistorySource(histories), pki.municipalKey(), Clock.systemUTC())
                .export(new ExportRequest(Selection.all(), dir.resolve("p"), BagFormat.FOLDER, HE_FANG),
                        (done, total) -> seen.add(new long[] {done, total}));
        assertThat(seen).extracting(a -> a[0] + "/" + a[1]).containsExactly("1/3", "2/3", "3/3");
    }

    @Test
    void selects_by_recommender_status_and_date_range() throws Exception {
        Path bag = dir.resolve("xuhui-approved");
        Selection xuhuiApproved = new Selection("2023-139", 2023, "310104", Set.of(ProjectStatus.APPROVED),
                LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 31));
        ExportResult result = export(histories, xuhuiApproved, bag, BagFormat.FOLDER);

        assertThat(result.records()).isEqualTo(1);
        try (Stream<Path> folders = Files.list(bag.resolve("data"))) {
            assertThat(folders.map(p -> p.getFileName().toString())).containsExactly("SHBZSD-2023-0007");
        }
        assertThat(Files.readString(bag.resolve("bag-info.txt")))
                .contains("Pilot-Selection: call=2023-139; year=2023; recommender=310104; status=APPROVED; last-activity=2023-07-01..2023-07-31");
    }

    @Test
    void an_invalid_record_stops_the_export_and_nothing_is_written() throws Exception {
        ProjectDescription good = histories.get(2).description();
        ProjectDescription bad = new ProjectDescription(good.projectNumber(), good.applicationId(), good.projectName(),
                good.applicant(), good.recommender(), good.callId(), good.type(), good.pilotKind(), good.directionGroup(),
                "not a code", good.status(), good.submitted(), good.approved(), good.termEnd(), good.closed(), good.result(),
                good.benchmark());
        List<ProjectHistory> list = List.of(histories.get(0), histories.get(1),
                new ProjectHistory(bad, histories.get(2).packages(), histories.get(2).stateChanges()));
        Path out = Files.createDirectories(dir.resolve("out"));

        assertThatThrownBy(() -> export(list, Selection.all(), out.resolve("export"), BagFormat.FOLDER))
                .isInstanceOf(RefusedException.class)
                .satisfies(e -> assertThat(((RefusedException) e).error()).isEqualTo(ArchiveError.RECORD_INVALID))
                .hasMessageContaining("data/SHBZSD-2023-0012/record.xml").hasMessageContaining("pattern-mismatch");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).as("no bag, no staging folder, no temporary file").isEmpty();
        }
    }

    @Test
    void an_invalid_record_leaves_no_zip_either() throws Exception {
        ProjectDescription g = histories.get(0).description();
        ProjectDescription bad = new ProjectDescription(g.projectNumber(), g.applicationId(), g.projectName(), g.applicant(),
                g.recommender(), "2023 call", g.type(), g.pilotKind(), g.directionGroup(), g.subDirection(), g.status(),
                g.submitted(), g.approved(), g.termEnd(), g.closed(), g.result(), g.benchmark());
        Path out = Files.createDirectories(dir.resolve("out"));

        assertThatThrownBy(() -> export(List.of(histories.get(1), new ProjectHistory(bad, histories.get(0).packages(), List.of())),
                Selection.all(), out.resolve("export.zip"), BagFormat.ZIP))
                .isInstanceOf(RefusedException.class).hasMessageContaining("record-invalid");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void a_stored_original_that_no_longer_matches_its_digest_stops_the_export() throws Exception {
        PackageHistory p = histories.get(0).packages().get(0);
        PackageHistory wrong = new PackageHistory(p.role(), p.direction(), p.fileName(), "0".repeat(64), p.size(), p.signer(),
                p.transferred(), p.verdict(), p.entries(), p.original());
        Path out = Files.createDirectories(dir.resolve("out"));
        List<ProjectHistory> list = List.of(new ProjectHistory(histories.get(0).description(), List.of(wrong), List.of()));

        assertThatThrownBy(() -> export(list, Selection.all(), out.resolve("export"), BagFormat.FOLDER))
                .isInstanceOf(RefusedException.class).hasMessageContaining("original-digest-mismatch");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void a_missing_original_stops_the_export() throws Exception {
        PackageHistory p = histories.get(0).packages().get(0);
        PackageHistory gone = new PackageHistory(p.role(), p.direction(), p.fileName(), p.sha256(), p.size(), p.signer(),
                p.transferred(), p.verdict(), p.entries(), dir.resolve("store/nowhere.zip"));
        List<ProjectHistory> list = List.of(new ProjectHistory(histories.get(0).description(), List.of(gone), List.of()));

        assertThatThrownBy(() -> export(list, Selection.all(), dir.resolve("export"), BagFormat.FOLDER))
                .isInstanceOf(RefusedException.class).hasMessageContaining("original-missing");
        assertThat(dir.resolve("export")).doesNotExist();
    }

    @Test
    void never_overwrites_an_existing_target() throws Exception {
        Path target = Files.createDirectories(dir.resolve("existing"));
        Files.writeString(target.resolve("keep.txt"), "keep");

        assertThatThrownBy(() -> export(histories, Selection.all(), target, BagFormat.FOLDER))
                .isInstanceOf(RefusedException.class).hasMessageContaining("export-target-exists");
        assertThat(target.resolve("keep.txt")).hasContent("keep");
    }

    @Test
    void refuses_a_date_range_that_ends_before_it_starts() {
        Selection backwards = new Selection(null, null, null, Set.of(), LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1));
        assertThatThrownBy(() -> export(histories, backwards, dir.resolve("x"), BagFormat.FOLDER))
                .isInstanceOf(RefusedException.class).hasMessageContaining("selection-invalid");
    }

    @Test
    void refuses_the_same_project_twice() throws Exception {
        assertThatThrownBy(() -> export(List.of(histories.get(0), histories.get(0)), Selection.all(), dir.resolve("x"), BagFormat.FOLDER))
                .isInstanceOf(RefusedException.class).hasMessageContaining("project-duplicate");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void an_application_without_number_goes_to_its_application_folder() {
        UUID id = UUID.fromString("b6a0d1c4-2e3f-4a5b-8c9d-0e1f2a3b4c5d");
        assertThat(cn.sh.pilot.archive.domain.bag.BagLayout.projectFolder(null, id)).contains("application-" + id);
        assertThat(cn.sh.pilot.archive.domain.bag.BagLayout.projectFolder("../etc", id)).isEmpty();
    }
}
