package cn.sh.pilot.archive.infrastructure.xml;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import cn.sh.pilot.archive.api.Organisation;
import cn.sh.pilot.archive.api.PackageEntry;
import cn.sh.pilot.archive.api.PackageHistory;
import cn.sh.pilot.archive.api.ProjectDescription;
import cn.sh.pilot.archive.api.ProjectHistory;
import cn.sh.pilot.archive.application.ExportStamp;
import cn.sh.pilot.archive.domain.retention.RetentionDecision;
import cn.sh.pilot.contracts.archive.v1.ArchivalRecord;
import cn.sh.pilot.contracts.archive.v1.Description;
import cn.sh.pilot.contracts.archive.v1.EntryKind;
import cn.sh.pilot.contracts.archive.v1.Event;
import cn.sh.pilot.contracts.archive.v1.EventOutcome;
import cn.sh.pilot.contracts.archive.v1.EventType;
import cn.sh.pilot.contracts.archive.v1.Package;
import cn.sh.pilot.contracts.archive.v1.PackageDirection;
import cn.sh.pilot.contracts.archive.v1.Retention;
import cn.sh.pilot.contracts.archive.v1.RetentionBasis;
import cn.sh.pilot.contracts.audit.AuditEntry;
import cn.sh.pilot.contracts.common.v1.Party;
import cn.sh.pilot.contracts.common.v1.Person;

/**
 * Builds the contract {@link ArchivalRecord} of one project history, after PREMIS: the project's
 * description, its retention and the rule behind it, every package (with every entry inside it) by
 * SHA-256, and one ordered event history — each package received ({@code INGESTION}, outcome from the
 * import verdict) or sent ({@code TRANSFER}), each audit-log state change ({@code STATE_CHANGE}: who,
 * what, before/after, chain position and hash), then the retention assignment and the export itself.
 * Events are ordered by time (ties keep source order) and numbered from 1. Times are written in +08:00.
 */
public final class ArchivalRecordMapper {

    private static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);
    private static final String SYSTEM = "上海市市级标准化试点管理系统";
    private static final int SHORT_TEXT = 500;

    public ArchivalRecord map(ProjectHistory history, RetentionDecision retention, ExportStamp stamp) {
        ProjectDescription d = history.description();
        ArchivalRecord r = new ArchivalRecord();
        r.setSender(party(Organisation.MUNICIPAL));
        r.setRecordId(UUID.randomUUID().toString());
        r.setTitle(title(d));
        r.setProjectNumber(d.projectNumber());
        r.setApplicationId(d.applicationId().toString());
        r.setDescription(description(d));
        r.setRetention(switch (retention.period()) {
            case PERMANENT -> Retention.PERMANENT;
            case YEARS_30 -> Retention.Y_30;
            case YEARS_10 -> Retention.Y_10;
        });
        RetentionBasis basis = new RetentionBasis();
        basis.setRule(retention.rule());
        basis.setZh(retention.zh());
        basis.setEn(retention.en());
        r.setRetentionBasis(basis);
        for (PackageHistory p : history.packages()) {
            r.getPackage().add(pkg(p));
        }
        r.getEvent().addAll(events(history, retention, stamp));
        Person exporter = new Person();
        exporter.setName(stamp.exporter().name());
        exporter.setTitle(stamp.exporter().title());
        r.setExporter(exporter);
        r.setExported(shanghai(stamp.exported()));
        return r;
    }

    private static String title(ProjectDescription d) {
        String suffix = d.projectNumber() != null ? "（" + d.projectNumber() + "）项目档案" : "（申请）档案";
        String name = d.projectName();
        if (name.length() + suffix.length() > SHORT_TEXT) {
            name = name.substring(0, SHORT_TEXT - suffix.length() - 1) + "…";
        }
        return name + suffix;
    }

    private static Description description(ProjectDescription d) {
        Description x = new Description();
        x.setProjectName(d.projectName());
        x.setApplicant(party(d.applicant()));
        x.setRecommender(party(d.recommender()));
        x.setCallId(d.callId());
        x.setProjectType(d.type());
        x.setPilotKind(d.pilotKind());
        x.setDirectionGroup(d.directionGroup());
        x.setSubDirection(d.subDirection());
        x.setStatus(d.status());
        x.setSubmitted(d.submitted());
        x.setApproved(d.approved());
        x.setTermEnd(d.termEnd());
        x.setClosed(d.closed());
        x.setResult(d.result());
        x.setBenchmark(d.benchmark() ? Boolean.TRUE : null);
        return x;
    }

    private static Package pkg(PackageHistory p) {
        Package x = new Package();
        x.setRole(p.role());
        x.setFileName(p.fileName());
        x.setSha256(p.sha256());
        x.setSize(p.size());
        x.setSigner(party(p.signer()));
        x.setDirection(p.direction());
        x.setTransferred(shanghai(p.transferred()));
        x.setVerdict(p.direction() == PackageDirection.RECEIVED ? p.verdict() : null);
        for (PackageEntry e : p.entries()) {
            cn.sh.pilot.contracts.archive.v1.PackageEntry y = new cn.sh.pilot.contracts.archive.v1.PackageEntry();
            y.setPath(e.path());
            y.setKind(e.payload() ? EntryKind.PAYLOAD : EntryKind.ATTACHMENT);
            y.setSha256(e.sha256());
            y.setSize(e.size());
            y.setMediaType(e.mediaType());
            x.getEntry().add(y);
        }
        return x;
    }

    private static List<Event> events(ProjectHistory history, RetentionDecision retention, ExportStamp stamp) {
        List<Event> events = new ArrayList<>();
        for (PackageHistory p : history.packages()) {
            events.add(packageEvent(p));
        }
        for (AuditEntry a : history.stateChanges()) {
            events.add(stateChange(a));
        }
        // stable sort: ties keep the source's order (packages before the state changes they caused)
        events.sort(Comparator.comparing(e -> e.getDateTime().toInstant()));

        Event policy = event(EventType.POLICY_ASSIGNMENT, stamp.exported(), EventOutcome.SUCCESS);
        policy.setDetail("保管期限 " + retention.period().zh() + "（规则 " + retention.rule() + "）：" + retention.zh()
                + " / retention " + retention.period().en() + " (rule " + retention.rule() + "): " + retention.en());
        policy.setActor(stamp.exporter().name());
        events.add(policy);

        Event export = event(EventType.EXPORT, stamp.exported(), EventOutcome.SUCCESS);
        export.setDetail("导出批次 " + stamp.exportId() + " / export " + stamp.exportId());
        export.setActor(stamp.exporter().name());
        events.add(export);

        int sequence = 1;
        for (Event e : events) {
            e.setSequence(sequence++);
        }
        return events;
    }

    private static Event packageEvent(PackageHistory p) {
        boolean received = p.direction() == PackageDirection.RECEIVED;
        EventOutcome outcome = EventOutcome.SUCCESS;
        if (received && p.verdict() != null) {
            outcome = switch (p.verdict()) {
                case ACCEPTED -> EventOutcome.SUCCESS;
                case DUPLICATE -> EventOutcome.WARNING;
                case REFUSED, CONFLICT -> EventOutcome.FAILURE;
            };
        }
        Event e = event(received ? EventType.INGESTION : EventType.TRANSFER, p.transferred(), outcome);
        e.setPackageSha256(p.sha256());
        String verdict = received && p.verdict() != null ? p.verdict().value() : null;
        e.setDetail((received ? "收到 " : "发出 ") + p.fileName() + "（" + p.role().value() + "，签名方 " + p.signer().code()
                + (verdict == null ? "" : "，结论 " + verdict) + "） / "
                + (received ? "received " : "sent ") + p.fileName() + " (" + p.role().value() + ", signed by " + p.signer().code()
                + (verdict == null ? "" : ", verdict " + verdict) + ")");
        return e;
    }

    private static Event stateChange(AuditEntry a) {
        Event e = event(EventType.STATE_CHANGE, a.occurredAt(), EventOutcome.SUCCESS);
        e.setDetail(a.action() + " " + a.entityType() + (a.entityId() == null ? "" : " " + a.entityId()));
        e.setActor(a.actor());
        e.setAction(a.action());
        e.setStateBefore(blankToNull(a.beforeJson()));
        e.setStateAfter(blankToNull(a.afterJson()));
        e.setAuditEntryId(a.id());
        e.setAuditHash(a.hash());
        return e;
    }

    private static Event event(EventType type, OffsetDateTime at, EventOutcome outcome) {
        Event e = new Event();
        e.setType(type);
        e.setDateTime(shanghai(at));
        e.setAgent(party(new Organisation(Organisation.MUNICIPAL.code(), SYSTEM)));
        e.setOutcome(outcome);
        return e;
    }

    private static Party party(Organisation o) {
        Party p = new Party();
        p.setCode(o.code());
        p.setName(o.name());
        return p;
    }

    private static OffsetDateTime shanghai(OffsetDateTime t) {
        return t.withOffsetSameInstant(SHANGHAI);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
