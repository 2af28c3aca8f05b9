package cn.sh.pilot.archive.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.sh.pilot.archive.api.Organisation;
import cn.sh.pilot.archive.api.PackageEntry;
import cn.sh.pilot.archive.api.PackageHistory;
import cn.sh.pilot.archive.api.ProjectDescription;
import cn.sh.pilot.archive.api.ProjectHistory;
import cn.sh.pilot.contracts.archive.v1.AcceptanceOutcome;
import cn.sh.pilot.contracts.archive.v1.PackageDirection;
import cn.sh.pilot.contracts.archive.v1.PackageRole;
import cn.sh.pilot.contracts.archive.v1.PackageVerdict;
import cn.sh.pilot.contracts.archive.v1.ProjectStatus;
import cn.sh.pilot.contracts.audit.AuditEntry;
import cn.sh.pilot.contracts.common.v1.DirectionGroup;
import cn.sh.pilot.contracts.common.v1.PilotKind;
import cn.sh.pilot.contracts.common.v1.ProjectType;

/** Project histories for tests: approved, rejected, completed — with real signed originals. */
public final class Histories {

    public static final ZoneOffset CST = ZoneOffset.ofHours(8);
    public static final Organisation XUHUI = new Organisation("310104", "上海市徐汇区市场监督管理局");

    private Histories() {
    }

    public static ProjectDescription approved(String number, String name) {
        return new ProjectDescription(number, UUID.nameUUIDFromBytes(number.getBytes()), name,
                new Organisation("91310104MA1FL0XQ2T", name + "承担单位"), XUHUI, "2023-139", ProjectType.KEY,
                PilotKind.SOCIAL_MGMT_PUBLIC_SERVICE, DirectionGroup.SOCIAL_MGMT, "CITY_DIGITAL_GOVERNANCE",
                ProjectStatus.APPROVED, LocalDate.of(2023, 5, 10), LocalDate.of(2023, 7, 20), LocalDate.of(2025, 7, 19),
                null, null, false);
    }

    public static ProjectDescription rejected(UUID applicationId, String name) {
        return new ProjectDescription(null, applicationId, name, new Organisation("91310104MA1FL0XQ2T", "某养老服务公司"),
                XUHUI, "2023-139", ProjectType.GENERAL, PilotKind.SERVICE, null, null, ProjectStatus.REJECTED,
                LocalDate.of(2023, 5, 11), null, null, LocalDate.of(2023, 7, 20), null, false);
    }

    public static ProjectDescription completed(String number, String name) {
        return new ProjectDescription(number, UUID.nameUUIDFromBytes(number.getBytes()), name,
                new Organisation("91310115MA1K3YJ71X", name + "承担单位"), new Organisation("310115", "上海市浦东新区市场监督管理局"),
                "2023-139", ProjectType.GENERAL, PilotKind.INDUSTRY, null, null, ProjectStatus.COMPLETED,
                LocalDate.of(2023, 5, 12), LocalDate.of(2023, 7, 20), LocalDate.of(2025, 7, 19), LocalDate.of(2025, 9, 30),
                AcceptanceOutcome.PASS, true);
    }

    /** A received batch package (the original at {@code file}). */
    public static PackageHistory received(Path file, Organisation signer, PackageVerdict verdict, OffsetDateTime at) throws IOException {
        return new PackageHistory(PackageRole.RECOMMENDATION_BATCH, PackageDirection.RECEIVED, file.getFileName().toString(),
                Originals.sha256(file), Files.size(file), signer, at, verdict,
                List.of(new PackageEntry("batch.xml", true, "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae", 300, "application/xml"),
                        new PackageEntry("attachments/form-scan.pdf", false, "fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9", 40, "application/pdf")),
                file);
    }

    /** A decision notice sent by the municipal bureau. */
    public static PackageHistory sent(Path file, OffsetDateTime at) throws IOException {
        return new PackageHistory(PackageRole.DECISION_NOTICE, PackageDirection.SENT, file.getFileName().toString(),
                Originals.sha256(file), Files.size(file), Organisation.MUNICIPAL, at, null, List.of(), file);
    }

    public static AuditEntry stateChange(long id, String action, OffsetDateTime at, String entityId) {
        return new AuditEntry(id, at, "wang.li", action, "project", entityId, "{\"status\":\"SUBMITTED\"}",
                "{\"status\":\"APPROVED\"}", String.format("%064x", id));
    }

    public static OffsetDateTime at(int year, int month, int day, int hour) {
        return OffsetDateTime.of(year, month, day, hour, 0, 0, 0, CST);
    }

    public static List<ProjectHistory> three(TestPki pki, Path store) throws Exception {
        Path batch = Originals.signed(store, "batch-310104-0002.zip", "310104", pki.key("310104"));
        Path decision = Originals.signed(store, "decision-2023-256.zip", "310000", pki.municipalKey());
        Path pudong = Originals.signed(store, "batch-310115-0001.zip", "310115", pki.key("310115"));
        List<ProjectHistory> list = new ArrayList<>();
        list.add(new ProjectHistory(approved("SHBZSD-2023-0007", "徐汇区城市运行“一网统管”综合标准化试点"),
                List.of(received(batch, XUHUI, PackageVerdict.ACCEPTED, at(2023, 5, 18, 14)), sent(decision, at(2023, 7, 20, 10))),
                List.of(stateChange(411, "application.imported", at(2023, 5, 18, 14), "SHBZSD-2023-0007"),
                        stateChange(412, "project.approved", at(2023, 7, 20, 10), "SHBZSD-2023-0007"))));
        list.add(new ProjectHistory(rejected(UUID.fromString("b6a0d1c4-2e3f-4a5b-8c9d-0e1f2a3b4c5d"), "社区嵌入式养老服务标准化试点"),
                List.of(received(batch, XUHUI, PackageVerdict.ACCEPTED, at(2023, 5, 18, 14)), sent(decision, at(2023, 7, 20, 10))),
                List.of(stateChange(413, "application.rejected", at(2023, 7, 20, 10), "b6a0d1c4-2e3f-4a5b-8c9d-0e1f2a3b4c5d"))));
        list.add(new ProjectHistory(completed("SHBZSD-2023-0012", "浦东新区智能制造标准化试点"),
                List.of(received(pudong, new Organisation("310115", "上海市浦东新区市场监督管理局"), PackageVerdict.ACCEPTED,
                        at(2023, 5, 19, 9)), sent(decision, at(2023, 7, 20, 10))),
                List.of(stateChange(500, "acceptance.concluded", at(2025, 9, 30, 16), "SHBZSD-2023-0012"))));
        return list;
    }
}
