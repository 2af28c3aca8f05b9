package cn.sh.pilot.projects.infrastructure.persistence;

import cn.sh.pilot.projects.domain.Actor;
import cn.sh.pilot.projects.domain.AttachmentRef;
import cn.sh.pilot.projects.domain.Organisation;
import cn.sh.pilot.projects.domain.Role;
import cn.sh.pilot.projects.domain.project.Extension;
import cn.sh.pilot.projects.domain.project.ExtensionDecision;
import cn.sh.pilot.projects.domain.project.ExtensionOutcome;
import cn.sh.pilot.projects.domain.project.ExtensionRequest;
import cn.sh.pilot.projects.domain.project.ProjectNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** One extension request of a project with its decision once made ({@code project_extension}). */
@Entity
@Table(name = "project_extension")
public class ExtensionRow {

    @Id
    @Column(name = "request_id", length = 36)
    private String requestId;
    @Column(name = "project_number", nullable = false, length = 20)
    private String projectNumber;
    @Column(name = "sender_code", nullable = false, length = 16)
    private String senderCode;
    @Column(name = "sender_name", nullable = false, length = 200)
    private String senderName;
    @Column(name = "current_term_end", nullable = false)
    private LocalDate currentTermEnd;
    @Column(name = "months", nullable = false)
    private int months;
    @Column(name = "reason", nullable = false, length = 4000)
    private String reason;
    /** One attachment a line: sha256, size, media type, file name, title — tab separated. */
    @Column(name = "attachments", length = 8000)
    private String attachments;
    @Column(name = "submitted_at", nullable = false)
    private OffsetDateTime submitted;
    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;
    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;
    @Column(name = "requested_org", nullable = false, length = 16)
    private String requestedOrg;
    @Column(name = "requested_roles", nullable = false, length = 40)
    private String requestedRoles;
    @Column(name = "decision_id", length = 36)
    private String decisionId;
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 10)
    private ExtensionOutcome outcome;
    @Column(name = "granted_months")
    private Integer grantedMonths;
    @Column(name = "new_term_end")
    private LocalDate newTermEnd;
    @Column(name = "decision_reason", length = 4000)
    private String decisionReason;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;
    @Column(name = "decided_by", length = 100)
    private String decidedBy;
    @Column(name = "decided_org", length = 16)
    private String decidedOrg;
    @Column(name = "decided_roles", length = 40)
    private String decidedRoles;

    protected ExtensionRow() {
    }

    ExtensionRow(String requestId) {
        this.requestId = requestId;
    }

    String projectNumber() {
        return projectNumber;
    }

    void copy(Extension e) {
        ExtensionRequest r = e.request();
        projectNumber = r.projectNumber().value();
        senderCode = r.sender().code();
        senderName = r.sender().name();
        currentTermEnd = r.currentTermEnd();
        months = r.months();
        reason = r.reason();
        attachments = r.attachments().stream()
                .map(a -> String.join("\t", a.sha256(), Long.toString(a.size()), a.mediaType(), a.fileName(), a.title()))
                .collect(Collectors.joining("\n"));
        submitted = r.submitted().atOffset(ZoneOffset.UTC);
        receivedAt = e.receivedAt().atOffset(ZoneOffset.UTC);
        requestedBy = e.requestedBy().userId();
        requestedOrg = e.requestedBy().organisation();
        requestedRoles = roles(e.requestedBy().roles());
        e.decision().ifPresent(d -> {
            decisionId = d.decisionId().toString();
            outcome = d.outcome();
            grantedMonths = d.grantedMonths();
            newTermEnd = d.newTermEnd();
            decisionReason = d.reason();
            decidedAt = d.decided().atOffset(ZoneOffset.UTC);
        });
        e.decidedBy().ifPresent(a -> {
            decidedBy = a.userId();
            decidedOrg = a.organisation();
            decidedRoles = roles(a.roles());
        });
    }

    Extension toDomain() {
        ProjectNumber number = new ProjectNumber(projectNumber);
        List<AttachmentRef> refs = attachments == null || attachments.isEmpty() ? List.of()
                : Arrays.stream(attachments.split("\n")).map(line -> line.split("\t", -1))
                        .map(f -> new AttachmentRef(f[3], f[4], f[2], f[0], Long.parseLong(f[1]))).toList();
        ExtensionRequest request = new ExtensionRequest(UUID.fromString(requestId),
                new Organisation(senderCode, senderName), number, currentTermEnd, months, reason, refs,
                submitted.toInstant());
        ExtensionDecision decision = decisionId == null ? null
                : new ExtensionDecision(UUID.fromString(decisionId), request.requestId(), number, outcome,
                        grantedMonths, newTermEnd, decisionReason, decidedAt.toInstant());
        return Extension.restore(request, actor(requestedBy, requestedOrg, requestedRoles), receivedAt.toInstant(),
                decision, decision == null ? null : actor(decidedBy, decidedOrg, decidedRoles));
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static Actor actor(String user, String org, String roles) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        for (String r : roles.split(",")) {
            if (!r.isBlank()) {
                set.add(Role.valueOf(r));
            }
        }
        return new Actor(user, org, set);
    }
}
