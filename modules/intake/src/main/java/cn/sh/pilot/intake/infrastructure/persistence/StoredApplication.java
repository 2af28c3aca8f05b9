package cn.sh.pilot.intake.infrastructure.persistence;

import cn.sh.pilot.intake.domain.application.AdverseRecord;
import cn.sh.pilot.intake.domain.application.Applicant;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.ApplicationId;
import cn.sh.pilot.intake.domain.application.ApplicationState;
import cn.sh.pilot.intake.domain.application.AttachmentMetadata;
import cn.sh.pilot.intake.domain.application.Budget;
import cn.sh.pilot.intake.domain.application.Contact;
import cn.sh.pilot.intake.domain.application.Declarations;
import cn.sh.pilot.intake.domain.application.Endorsement;
import cn.sh.pilot.intake.domain.application.InternalStandardizationOverride;
import cn.sh.pilot.intake.domain.application.PilotKind;
import cn.sh.pilot.intake.domain.application.PlannedStandardOutput;
import cn.sh.pilot.intake.domain.application.Project;
import cn.sh.pilot.intake.domain.application.ProjectType;
import cn.sh.pilot.intake.domain.application.StandardLevel;
import cn.sh.pilot.intake.domain.application.StandardizationCapacity;
import cn.sh.pilot.intake.domain.call.Call;
import cn.sh.pilot.intake.domain.call.CallId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link Application} as kept in {@code intake_application} and its child tables. The aggregate stays free of
 * JPA: {@link #copyFrom} takes its state, {@link #toDomain} rebuilds it with {@code Application.restore}.
 */
@Entity
@Table(name = "intake_application")
public class StoredApplication {

    @Id
    @Column(name = "id")
    private String id;
    @Version
    @Column(name = "version")
    private int version;
    @Column(name = "call_id")
    private String callId;
    @Column(name = "recommender_code")
    private String recommenderCode;
    @Column(name = "state")
    private String state;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "applicant_name")
    private String applicantName;
    @Column(name = "credit_code")
    private String creditCode;
    @Column(name = "district_code")
    private String districtCode;
    @Column(name = "address")
    private String address;
    @Column(name = "postal_code")
    private String postalCode;
    @Column(name = "legal_representative")
    private String legalRepresentative;
    @Column(name = "body_exists")
    private boolean bodyExists;
    @Column(name = "body_name")
    private String bodyName;
    @Column(name = "full_time_staff")
    private int fullTimeStaff;
    @Column(name = "part_time_staff")
    private int partTimeStaff;

    @Column(name = "registered_in_shanghai")
    private boolean registeredInShanghai;
    @Column(name = "good_credit")
    private boolean goodCredit;
    @Column(name = "government_led")
    private boolean governmentLed;
    @Column(name = "in_line_with_policy")
    private boolean inLineWithPolicy;

    @Column(name = "project_name")
    private String projectName;
    @Column(name = "project_type")
    private String projectType;
    @Column(name = "pilot_kind")
    private String pilotKind;
    @Column(name = "direction_group")
    private String directionGroup;
    @Column(name = "direction")
    private String direction;
    @Column(name = "summary")
    private String summary;
    @Column(name = "internal_only")
    private boolean internalOnly;
    @Column(name = "budget_total")
    private BigDecimal budgetTotal;
    @Column(name = "budget_self_funded")
    private BigDecimal budgetSelfFunded;
    @Column(name = "endorsement_dept_code")
    private String endorsementDeptCode;
    @Column(name = "endorsement_dept_name")
    private String endorsementDeptName;
    @Column(name = "endorsement_opinion")
    private String endorsementOpinion;
    @Column(name = "endorsement_date")
    private LocalDate endorsementDate;
    @Column(name = "override_operator")
    private String overrideOperator;
    @Column(name = "override_at")
    private OffsetDateTime overrideAt;
    @Column(name = "override_reason")
    private String overrideReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "intake_contact", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "ord")
    private List<StoredContact> contacts = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "intake_adverse_record", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "ord")
    private List<StoredAdverseRecord> adverseRecords = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "intake_planned_standard", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "ord")
    private List<StoredPlannedStandard> plannedStandards = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "intake_goal", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "ord")
    @Column(name = "goal")
    private List<String> goals = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "intake_attachment", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "ord")
    private List<StoredAttachment> attachments = new ArrayList<>();

    protected StoredApplication() {
        // for JPA
    }

    StoredApplication(ApplicationId id) {
        this.id = id.toString();
    }

    /** Takes over the whole state of {@code a} (same id). */
    void copyFrom(Application a) {
        callId = a.callId().value();
        recommenderCode = a.recommenderCode();
        state = a.state().name();
        createdAt = at(a.createdAt());
        submittedAt = a.submittedAt().map(StoredApplication::at).orElse(null);
        decidedAt = a.decidedAt().map(StoredApplication::at).orElse(null);

        Applicant applicant = a.applicant();
        applicantName = applicant.name();
        creditCode = applicant.creditCode();
        districtCode = applicant.registeredDistrictCode();
        address = applicant.address();
        postalCode = applicant.postalCode();
        legalRepresentative = applicant.legalRepresentative();
        bodyExists = applicant.capacity().bodyExists();
        bodyName = applicant.capacity().bodyName();
        fullTimeStaff = applicant.capacity().fullTimeStaff();
        partTimeStaff = applicant.capacity().partTimeStaff();
        contacts.clear();
        for (Contact c : applicant.contacts()) {
            StoredContact row = new StoredContact();
            row.name = c.name();
            row.phone = c.phone();
            row.email = c.email();
            row.title = c.title();
            contacts.add(row);
        }

        Declarations d = a.declarations();
        registeredInShanghai = d.registeredInShanghai();
        goodCredit = d.goodCredit();
        governmentLed = d.governmentLed();
        inLineWithPolicy = d.inLineWithIndustrialPolicy();
        adverseRecords.clear();
        for (AdverseRecord r : d.adverseRecords()) {
            StoredAdverseRecord row = new StoredAdverseRecord();
            row.kind = r.kind().name();
            row.date = r.date();
            row.issuer = r.issuer();
            row.description = r.description();
            adverseRecords.add(row);
        }

        Project p = a.project();
        projectName = p.name();
        projectType = p.type().name();
        pilotKind = p.pilotKind().name();
        directionGroup = p.directionGroupCode();
        direction = p.directionCode();
        summary = p.summary();
        internalOnly = p.internalOnly();
        budgetTotal = p.budget() == null ? null : p.budget().total();
        budgetSelfFunded = p.budget() == null ? null : p.budget().selfFunded();
        Endorsement e = p.endorsement();
        endorsementDeptCode = e == null ? null : e.departmentCode();
        endorsementDeptName = e == null ? null : e.departmentName();
        endorsementOpinion = e == null ? null : e.opinion();
        endorsementDate = e == null ? null : e.date();
        plannedStandards.clear();
        for (PlannedStandardOutput o : p.plannedOutputs()) {
            StoredPlannedStandard row = new StoredPlannedStandard();
            row.level = o.level().name();
            row.title = o.title();
            row.plannedYear = o.plannedYear();
            row.advanced = o.advanced();
            plannedStandards.add(row);
        }
        goals.clear();
        goals.addAll(p.goals());

        InternalStandardizationOverride o = a.internalStandardizationOverride().orElse(null);
        overrideOperator = o == null ? null : o.operator();
        overrideAt = o == null ? null : at(o.at());
        overrideReason = o == null ? null : o.reason();

        attachments.clear();
        for (AttachmentMetadata m : a.attachments()) {
            StoredAttachment row = new StoredAttachment();
            row.fileName = m.fileName();
            row.mediaType = m.mediaType();
            row.sizeBytes = m.sizeBytes();
            row.sha256 = m.sha256();
            row.description = m.description();
            attachments.add(row);
        }
    }

    Application toDomain() {
        Applicant applicant = new Applicant(applicantName, creditCode, districtCode, address, postalCode, legalRepresentative,
                contacts.stream().map(c -> new Contact(c.name, c.phone, c.email, c.title)).toList(),
                new StandardizationCapacity(bodyExists, bodyName, fullTimeStaff, partTimeStaff));
        Declarations declarations = new Declarations(registeredInShanghai, goodCredit, governmentLed, inLineWithPolicy,
                adverseRecords.stream().map(r -> new AdverseRecord(AdverseRecord.Kind.valueOf(r.kind), r.date, r.issuer,
                        r.description)).toList());
        Endorsement endorsement = endorsementDeptCode == null ? null
                : new Endorsement(endorsementDeptCode, endorsementDeptName, endorsementOpinion, endorsementDate);
        Budget budget = budgetTotal == null ? null : new Budget(budgetTotal, budgetSelfFunded);
        Project project = new Project(projectName, ProjectType.valueOf(projectType), PilotKind.valueOf(pilotKind),
                directionGroup, direction,
                plannedStandards.stream().map(o -> new PlannedStandardOutput(StandardLevel.valueOf(o.level), o.title,
                        o.plannedYear, o.advanced)).toList(),
                endorsement, summary, internalOnly, List.copyOf(goals), budget);
        InternalStandardizationOverride override = overrideOperator == null ? null
                : new InternalStandardizationOverride(overrideOperator, overrideAt.toInstant(), overrideReason);
        return Application.restore(ApplicationId.of(id), new CallId(callId), recommenderCode, createdAt.toInstant(),
                applicant, declarations, project,
                attachments.stream().map(m -> new AttachmentMetadata(m.fileName, m.mediaType, m.sizeBytes, m.sha256,
                        m.description)).toList(),
                override, ApplicationState.valueOf(state), instant(submittedAt), instant(decidedAt));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atZone(Call.ZONE).toOffsetDateTime();
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
