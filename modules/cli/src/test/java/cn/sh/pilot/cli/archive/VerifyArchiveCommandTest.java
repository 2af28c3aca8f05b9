package cn.sh.pilot.cli.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.sh.pilot.archive.Archive;
import cn.sh.pilot.archive.api.BagFormat;
import cn.sh.pilot.archive.api.ExportRequest;
import cn.sh.pilot.archive.api.Exporter;
import cn.sh.pilot.archive.api.Organisation;
import cn.sh.pilot.archive.api.PackageEntry;
import cn.sh.pilot.archive.api.PackageHistory;
import cn.sh.pilot.archive.api.ProjectDescription;
import cn.sh.pilot.archive.api.ProjectHistory;
import cn.sh.pilot.archive.api.ProjectHistorySource;
import cn.sh.pilot.archive.api.Selection;
import cn.sh.pilot.cli.ExitCodes;
import cn.sh.pilot.cli.Pilot;
import cn.sh.pilot.contracts.archive.v1.PackageDirection;
import cn.sh.pilot.contracts.archive.v1.PackageRole;
import cn.sh.pilot.contracts.archive.v1.PackageVerdict;
import cn.sh.pilot.contracts.archive.v1.ProjectStatus;
import cn.sh.pilot.contracts.audit.AuditEntry;
import cn.sh.pilot.contracts.common.v1.DirectionGroup;
import cn.sh.pilot.contracts.common.v1.PilotKind;
import cn.sh.pilot.contracts.common.v1.ProjectType;
import cn.sh.pilot.exchange.container.PackageBuilder;
import cn.sh.pilot.exchange.signature.PackageSigner;
import cn.sh.pilot.exchange.signature.SigningKey;

class VerifyArchiveCommandTest {

    private static final String PROJECT = "SHBZSD-2023-0007";
    private static final String ORIGINAL = "data/" + PROJECT + "/originals/batch-310104-0002.zip";
    private static final OffsetDateTime RECEIVED = OffsetDateTime.of(2023, 5, 18, 14, 0, 0, 0, ZoneOffset.ofHours(8));

    @TempDir
    Path dir;
    Path keys;
    String trust;

    private String out;
    private String err;

    private int pilot(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Pilot.commandLine(new PrintWriter(o, true), new PrintWriter(e, true)).execute(args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    @BeforeEach
    void demoKeys() {
        keys = dir.resolve("keys");
        assertThat(pilot("keys", "demo", keys.toString(), "--ec")).as(err).isZero();
        trust = keys.resolve("trust").toString();
    }

    @Test
    void a_fresh_export_verifies_and_exits_0() throws Exception {
        Path bag = export(BagFormat.FOLDER, "export-2025");

        assertThat(pilot("archive", "verify", bag.toString(), "--trust", trust)).as(out + err).isEqualTo(ExitCodes.OK);

        assertThat(out).contains("[通过 PASS] 市局签名（bag-signature.xml） / municipal signature (bag-signature.xml)")
                .contains("原始交换包签名 / original package signature")
                .contains("通过 VERIFIED — 1 个项目记录").contains("1 project record, every check passed")
                .doesNotContain("FAIL");
        assertThat(err).as("progress on stderr, plain lines when not a terminal").contains("核验 / verifying 1/1 (100%)");
    }

    @Test
    void a_zip_export_verifies_too_and_all_lists_every_single_check() throws Exception {
        Path zip = export(BagFormat.ZIP, "export-2025.zip");

        assertThat(pilot("archive", "verify", zip.toString(), "--trust", trust, "--all")).as(out + err).isEqualTo(ExitCodes.OK);

        assertThat(out).contains("[通过 PASS] 文件摘要（manifest-sha256.txt） / file digests (manifest-sha256.txt) — " + ORIGINAL)
                .contains("VERIFIED");
    }

    @Test
    void one_changed_byte_fails_verification_with_exit_1_naming_the_file() throws Exception {
        Path bag = export(BagFormat.FOLDER, "export-2025");
        Path original = bag.resolve(ORIGINAL);
        byte[] bytes = Files.readAllBytes(original);
        bytes[bytes.length / 2] ^= 1;
        Files.write(original, bytes);

        assertThat(pilot("archive", "verify", bag.toString(), "--trust", trust)).as(out + err).isEqualTo(ExitCodes.REFUSED);

        assertThat(out).contains("[失败 FAIL] 文件摘要（manifest-sha256.txt） / file digests (manifest-sha256.txt) — " + ORIGINAL)
                .contains("已被改动或损坏").contains("altered or damaged")
                .contains("未通过 NOT VERIFIED").contains("有问题的文件 / failing files:\n    " + ORIGINAL)
                .contains("payload-digest-mismatch");
    }

    @Test
    void a_folder_that_is_not_a_bag_fails_with_exit_1_in_plain_words() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("scans"));
        Files.writeString(folder.resolve("form-scan.pdf"), "%PDF-1.7");

        assertThat(pilot("archive", "verify", folder.toString(), "--trust", trust)).as(out + err).isEqualTo(ExitCodes.REFUSED);

        assertThat(out).contains("这不是归档导出：文件夹中没有 bagit.txt")
                .contains("This is not an archive export: the folder has no bagit.txt").doesNotContain("checks passed");
    }

    @Test
    void a_missing_bag_is_exit_3_and_a_missing_trust_option_exit_2() throws Exception {
        assertThat(pilot("archive", "verify", dir.resolve("nowhere.zip").toString(), "--trust", trust)).isEqualTo(ExitCodes.FAILED);
        assertThat(err).contains("找不到归档导出 / archive export not found");

        assertThat(pilot("archive", "verify", dir.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err).contains("用法错误 / usage error").contains("--trust");
    }

    /** A real export by the archive module: one approved project, its batch package signed by 310104, signed by 310000. */
    private Path export(BagFormat format, String name) throws Exception {
        Path original = signedBatch(dir.resolve("store"), "batch-310104-0002.zip");
        Organisation xuhui = new Organisation("310104", "上海市徐汇区市场监督管理局");
        ProjectHistory history = new ProjectHistory(
                new ProjectDescription(PROJECT, UUID.nameUUIDFromBytes(PROJECT.getBytes(StandardCharsets.UTF_8)),
                        "徐汇区城市运行“一网统管”综合标准化试点", new Organisation("91310104MA1FL0XQ2T", "上海徐汇城市运行管理中心"),
                        xuhui, "2023-139", ProjectType.KEY, PilotKind.SOCIAL_MGMT_PUBLIC_SERVICE, DirectionGroup.SOCIAL_MGMT,
                        "CITY_DIGITAL_GOVERNANCE", ProjectStatus.APPROVED, LocalDate.of(2023, 5, 10), LocalDate.of(2023, 7, 20),
                        LocalDate.of(2025, 7, 19), null, null, false),
                List.of(new PackageHistory(PackageRole.RECOMMENDATION_BATCH, PackageDirection.RECEIVED,
                        original.getFileName().toString(), sha256(original), Files.size(original), xuhui, RECEIVED,
                        PackageVerdict.ACCEPTED, List.of(new PackageEntry("batch.xml", true, sha256(original), 1, "application/xml")),
                        original)),
                List.of(new AuditEntry(411, RECEIVED, "wang.li", "application.imported", "project", PROJECT,
                        "{\"status\":\"SUBMITTED\"}", "{\"status\":\"APPROVED\"}", "0".repeat(64))));
        ProjectHistorySource source = new ProjectHistorySource() {
            @Override
            public long count(Selection selection) {
                return 1;
            }

            @Override
            public Stream<ProjectHistory> histories(Selection selection) {
                return Stream.of(history);
            }
        };
        SigningKey municipal = SigningKey.fromPkcs12(keys.resolve("keys/310000.p12"), "pilot-demo".toCharArray());
        Path target = dir.resolve(name);
        Archive.exporter(source, municipal, Clock.systemUTC())
                .export(new ExportRequest(Selection.all(), target, format, new Exporter("何芳", "档案管理员")), (done, total) -> { });
        return target;
    }

    private Path signedBatch(Path store, String fileName) throws Exception {
        Files.createDirectories(store);
        Path unsigned = store.resolve(fileName + ".unsigned");
        PackageBuilder.create()
                .payload("batch.xml", ("<b:RecommendationBatch xmlns:b=\"urn:cn:sh:pilot:batch:v1\" xmlns:c=\"urn:cn:sh:pilot:common:v1\">"
                        + "<c:Sender><c:Code>310104</c:Code></c:Sender></b:RecommendationBatch>").getBytes(StandardCharsets.UTF_8))
                .attach("form-scan.pdf", "%PDF-1.4 scan".getBytes(StandardCharsets.US_ASCII))
                .writeTo(unsigned);
        Path signed = store.resolve(fileName);
        new PackageSigner(SigningKey.fromPkcs12(keys.resolve("keys/310104.p12"), "pilot-demo".toCharArray())).sign(unsigned, signed);
        Files.delete(unsigned);
        return signed;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
