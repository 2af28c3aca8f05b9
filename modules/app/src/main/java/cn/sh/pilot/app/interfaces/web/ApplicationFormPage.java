package cn.sh.pilot.app.interfaces.web;

import cn.sh.pilot.app.application.OpenCall;
import cn.sh.pilot.app.application.ChangeRefusedException;
import cn.sh.pilot.app.application.IntakeDesk;
import cn.sh.pilot.app.domain.recommender.Recommender;
import cn.sh.pilot.app.domain.recommender.RecommenderKind;
import cn.sh.pilot.app.domain.recommender.RecommenderRepository;
import cn.sh.pilot.contracts.error.ErrorId;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.api.IntakeError;
import cn.sh.pilot.intake.domain.application.AdverseRecord;
import cn.sh.pilot.intake.domain.application.Applicant;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.ApplicationId;
import cn.sh.pilot.intake.domain.application.AttachmentMetadata;
import cn.sh.pilot.intake.domain.application.Budget;
import cn.sh.pilot.intake.domain.application.Contact;
import cn.sh.pilot.intake.domain.application.Declarations;
import cn.sh.pilot.intake.domain.application.Endorsement;
import cn.sh.pilot.intake.domain.application.PilotKind;
import cn.sh.pilot.intake.domain.application.PlannedStandardOutput;
import cn.sh.pilot.intake.domain.application.Project;
import cn.sh.pilot.intake.domain.application.ProjectType;
import cn.sh.pilot.intake.domain.application.StandardLevel;
import cn.sh.pilot.intake.domain.application.StandardizationCapacity;
import cn.sh.pilot.intake.domain.call.Call;
import cn.sh.pilot.intake.domain.call.CallId;
import cn.sh.pilot.intake.domain.call.Direction;
import cn.sh.pilot.intake.domain.call.DirectionGroup;
import cn.sh.pilot.intake.domain.eligibility.IneligibleApplicationException;
import cn.sh.pilot.intake.domain.eligibility.Refusal;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An application on a recommender site ({@code /applications/edit.xhtml?id=}): the form of the notice's 申请表
 * (applicant, §二 declarations, project with type, pilot kind and §三(一) key direction, planned standards,
 * endorsement), saved as a draft, submitted (every eligibility refusal shown at once, in the operator's language),
 * withdrawn; attachments uploaded; the printable form downloaded.
 */
@Named
@ViewScoped
public class ApplicationFormPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int STANDARD_ROWS = 3;

    @Inject
    OpenCall openCall;
    @Inject
    transient IntakeDesk desk;
    @Inject
    transient RecommenderRepository recommenders;
    @Inject
    LocaleSelector locale;

    private String id;
    private boolean loaded;
    /** The application's call; for a new one the site's open call (reference data, {@link OpenCall}). */
    private String callId;
    private String state;
    private boolean editable = true;
    private OffsetDateTime submittedAt;

    // applicant
    private String applicantName;
    private String creditCode;
    private String districtCode;
    private String address;
    private String postalCode;
    private String legalRepresentative;
    private String contactName;
    private String contactTitle;
    private String contactPhone;
    private String contactEmail;
    private String bodyName;
    private Integer fullTimeStaff = 0;
    private Integer partTimeStaff = 0;
    // §二 declarations
    private boolean registeredInShanghai;
    private boolean goodCredit;
    private boolean governmentLed;
    private boolean inLineWithIndustrialPolicy;
    // project
    private String projectName;
    private String projectType = ProjectType.GENERAL.name();
    private String pilotKind = PilotKind.SERVICE.name();
    private String direction;
    private String summary;
    private String goals;
    private BigDecimal budgetTotal;
    private BigDecimal budgetSelfFunded;
    private boolean internalOnly;
    private final List<StandardRow> standards = new ArrayList<>();
    // §三(四) endorsement
    private String endorsementDepartment;
    private String endorsementOpinion;
    private LocalDate endorsementDate;

    private List<String> refusals = List.of();
    private List<AttachmentMetadata> attachments = List.of();
    private transient Part upload;
    private String uploadDescription;

    /** One planned standard line of the form. */
    public static final class StandardRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String level = "";
        private String title = "";
        private Integer year;
        private boolean advanced;

        public String getLevel() { return level; }
        public void setLevel(String level) { this.level = level; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public Integer getYear() { return year; }
        public void setYear(Integer year) { this.year = year; }
        public boolean isAdvanced() { return advanced; }
        public void setAdvanced(boolean advanced) { this.advanced = advanced; }
    }

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id != null && !id.isBlank()) {
            Application a = desk.find(parseId()).orElseThrow(() -> new ChangeRefusedException("application-not-found"));
            fill(a);
        }
        padStandards();
    }

    private void padStandards() {
        while (standards.size() < STANDARD_ROWS) {
            standards.add(new StandardRow());
        }
    }

    private ApplicationId parseId() {
        try {
            return ApplicationId.of(id);
        } catch (IllegalArgumentException e) {
            throw new ChangeRefusedException("application-not-found");
        }
    }

    private void fill(Application a) {
        id = a.id().toString();
        callId = a.callId().value();
        state = a.state().name();
        editable = a.isEditable();
        submittedAt = a.submittedAt().map(t -> t.atZone(Call.ZONE).toOffsetDateTime()).orElse(null);
        Applicant ap = a.applicant();
        applicantName = ap.name();
        creditCode = ap.creditCode();
        districtCode = ap.registeredDistrictCode();
        address = ap.address();
        postalCode = ap.postalCode();
        legalRepresentative = ap.legalRepresentative();
        Contact c = ap.contact();
        contactName = c.name();
        contactTitle = c.title();
        contactPhone = c.phone();
        contactEmail = c.email();
        bodyName = ap.capacity().bodyName();
        fullTimeStaff = ap.capacity().fullTimeStaff();
        partTimeStaff = ap.capacity().partTimeStaff();
        Declarations d = a.declarations();
        registeredInShanghai = d.registeredInShanghai();
        goodCredit = d.goodCredit();
        governmentLed = d.governmentLed();
        inLineWithIndustrialPolicy = d.inLineWithIndustrialPolicy();
        adverseRecords = d.adverseRecords();
        Project p = a.project();
        projectName = p.name();
        projectType = p.type().name();
        pilotKind = p.pilotKind().name();
        direction = p.directionCode();
        summary = p.summary();
        goals = String.join("\n", p.goals());
        budgetTotal = p.budget() == null ? null : p.budget().total();
        budgetSelfFunded = p.budget() == null ? null : p.budget().selfFunded();
        internalOnly = p.internalOnly();
        standards.clear();
        for (PlannedStandardOutput o : p.plannedOutputs()) {
            StandardRow row = new StandardRow();
            row.level = o.level().name();
            row.title = o.title();
            row.year = o.plannedYear();
            row.advanced = o.advanced();
            standards.add(row);
        }
        Endorsement e = p.endorsement();
        endorsementDepartment = e == null ? null : e.departmentCode();
        endorsementOpinion = e == null ? null : e.opinion();
        endorsementDate = e == null ? null : e.date();
        attachments = a.attachments();
    }

    /** Saves the draft (creates it the first time). */
    public String save() {
        refusals = List.of();
        try {
            Application a = store();
            Texts.info("intake.saved", a.applicant().name());
            return "/applications/edit.xhtml?faces-redirect=true&id=" + a.id();
        } catch (RefusedException e) {
            refused(e);
            return null;
        } catch (ChangeRefusedException e) {
            Texts.refused(e.reason());
            return null;
        }
    }

    /** Saves, then submits: the eligibility rules judge it at the site's clock; all refusals are shown together. */
    public String submit() {
        refusals = List.of();
        try {
            Application a = store();
            fill(a);
            padStandards();
            try {
                a = desk.submit(a.id());
            } catch (IneligibleApplicationException e) {
                refusals = e.refusals().stream().map(r -> withId(r.error(), locale.isEnglish() ? r.en() : r.zh())).toList();
                Texts.error("intake.refused", refusals.size());
                return null;
            }
            Texts.info("intake.submitted", a.applicant().name());
            return "/applications/edit.xhtml?faces-redirect=true&id=" + a.id();
        } catch (RefusedException e) {
            refused(e);
            return null;
        } catch (ChangeRefusedException e) {
            Texts.refused(e.reason());
            return null;
        }
    }

    public String withdraw() {
        try {
            Application a = desk.withdraw(parseId());
            Texts.info("intake.withdrawn", a.applicant().name());
            return "/applications/edit.xhtml?faces-redirect=true&id=" + a.id();
        } catch (RefusedException e) {
            refused(e);
            return null;
        }
    }

    /** Uploads one attachment (PDF, JPEG or PNG, judged by its content). */
    public String attach() {
        if (upload == null || upload.getSize() == 0) {
            Texts.error("intake.attachment.none");
            return null;
        }
        try (InputStream in = upload.getInputStream()) {
            AttachmentMetadata m = desk.attach(parseId(), upload.getSubmittedFileName(), upload.getContentType(),
                    uploadDescription, in);
            Texts.info("intake.attachment.added", m.fileName());
            return "/applications/edit.xhtml?faces-redirect=true&id=" + id;
        } catch (RefusedException e) {
            refused(e, "intake.notDone");
            return null;
        } catch (IOException e) {
            Texts.error("intake.attachment.failed");
            return null;
        }
    }

    private Application store() throws RefusedException {
        Applicant applicant = new Applicant(trim(applicantName), trim(creditCode), trim(districtCode), trim(address),
                trim(postalCode), trim(legalRepresentative),
                List.of(new Contact(trim(contactName), trim(contactPhone), trim(contactEmail), trim(contactTitle))),
                new StandardizationCapacity(trim(bodyName), nonNegative(fullTimeStaff), nonNegative(partTimeStaff)));
        Declarations declarations = new Declarations(registeredInShanghai, goodCredit, governmentLed,
                inLineWithIndustrialPolicy, keptAdverseRecords());
        List<PlannedStandardOutput> outputs = new ArrayList<>();
        for (StandardRow row : standards) {
            if (row.title != null && !row.title.isBlank() && row.level != null && !row.level.isBlank()) {
                outputs.add(new PlannedStandardOutput(StandardLevel.valueOf(row.level), row.title.strip(),
                        row.year == null ? 0 : row.year, row.advanced));
            }
        }
        Endorsement endorsement = endorsementDepartment == null || endorsementDepartment.isBlank() ? null
                : new Endorsement(endorsementDepartment, departmentName(endorsementDepartment), trim(endorsementOpinion),
                endorsementDate == null ? LocalDate.now(clock.withZone(Call.ZONE)) : endorsementDate);
        ProjectType type = ProjectType.valueOf(projectType);
        String group = type == ProjectType.KEY ? groupOf(direction) : null;
        Project project = new Project(trim(projectName), type, PilotKind.valueOf(pilotKind), group,
                type == ProjectType.KEY ? direction : null, outputs, endorsement, trim(summary), internalOnly,
                goals == null ? List.of() : Arrays.stream(goals.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                budgetTotal == null ? null : new Budget(budgetTotal, budgetSelfFunded == null ? BigDecimal.ZERO : budgetSelfFunded));
        if (id == null || id.isBlank()) {
            return desk.draft(new CallId(getCallId()), applicant, declarations, project);
        }
        return desk.revise(parseId(), applicant, declarations, project);
    }

    private void refused(RefusedException e) {
        refused(e, "intake.refused");
    }

    /** Shows one refusal; {@code summaryKey} says what was not done (submitted, stored, …). */
    private void refused(RefusedException e, String summaryKey) {
        String text = locale.isEnglish() ? e.error().en() : e.error().zh();
        if (e.detail() != null && !e.detail().isBlank()) {
            text = text + (locale.isEnglish() ? " (" + e.detail() + ")" : "（" + e.detail() + "）");
        }
        refusals = List.of(withId(e.error(), text));
        Texts.error(summaryKey, 1);
    }

    private String groupOf(String directionCode) {
        if (directionCode == null) {
            return null;
        }
        return call().keyDirectionGroups().stream().filter(g -> g.direction(directionCode).isPresent())
                .map(DirectionGroup::code).findFirst().orElse(null);
    }

    private Call call() {
        return desk.call(new CallId(getCallId())).orElseThrow(() -> new ChangeRefusedException("call-unknown"));
    }

    private String departmentName(String code) {
        return recommenders.byCode(code).map(Recommender::nameZh).orElse(code);
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    private static int nonNegative(Integer n) {
        return n == null || n < 0 ? 0 : n;
    }

    // §二(五) records: entered one by one (RecordAdverseRecord, audited), never replaced by saving the form

    @Inject
    transient Clock clock;
    private List<AdverseRecord> adverseRecords = List.of();
    private String adverseKind;
    private LocalDate adverseDate;
    private String adverseIssuer;
    private String adverseDescription;

    /** One §二(五) record as listed: {@code withinLookBack} as of today, the date a submission would be judged at. */
    public record AdverseRow(int index, String kind, LocalDate date, String issuer, String description,
                             boolean withinLookBack) implements Serializable {
    }

    /** Saves what is typed in the form (creating the draft the first time), then adds the record entered below it. */
    public String addAdverseRecord() {
        return changingRecords(() -> {
            Application a = store();
            fill(a);
            padStandards();
            AdverseRecord record = enteredAdverseRecord();
            a = desk.addAdverseRecord(a.id(), record);
            Texts.info("intake.adverse.added", record.date().toString(), Texts.text("intake.adverse.kind." + record.kind().name()));
            return "/applications/edit.xhtml?faces-redirect=true&id=" + a.id();
        });
    }

    /** Saves what is typed in the form, then removes the record in row {@code index}. */
    public String removeAdverseRecord(int index) {
        return changingRecords(() -> {
            if (index < 0 || index >= adverseRecords.size()) {
                throw new RefusedException(IntakeError.ADVERSE_RECORD_NOT_FOUND, "row " + index);
            }
            AdverseRecord record = adverseRecords.get(index);
            Application a = desk.removeAdverseRecord(store().id(), record);
            Texts.info("intake.adverse.removed", record.date().toString(), Texts.text("intake.adverse.kind." + record.kind().name()));
            return "/applications/edit.xhtml?faces-redirect=true&id=" + a.id();
        });
    }

    /** A change of the records: its outcome, or the refusal shown and this page again. */
    private String changingRecords(RecordsChange change) {
        refusals = List.of();
        try {
            return change.run();
        } catch (RefusedException e) {
            refused(e, "intake.notDone");
            return null;
        } catch (ChangeRefusedException e) {
            Texts.refused(e.reason());
            return null;
        }
    }

    @FunctionalInterface
    private interface RecordsChange {
        String run() throws RefusedException;
    }

    private AdverseRecord enteredAdverseRecord() throws RefusedException {
        List<String> missing = new ArrayList<>();
        if (adverseKind == null || adverseKind.isBlank()) {
            missing.add("Kind missing");
        }
        if (adverseDate == null) {
            missing.add("Date missing");
        }
        if (!missing.isEmpty()) {
            throw new RefusedException(IntakeError.ADVERSE_RECORD_INVALID, String.join("; ", missing));
        }
        return new AdverseRecord(AdverseRecord.Kind.valueOf(adverseKind), adverseDate, trim(adverseIssuer),
                trim(adverseDescription));
    }

    /** The records as they are stored now: saving the form keeps them, only add and remove change them. */
    private List<AdverseRecord> keptAdverseRecords() {
        if (id == null || id.isBlank()) {
            return List.of();
        }
        return desk.find(parseId()).map(a -> a.declarations().adverseRecords()).orElse(List.of());
    }

    /** A refusal as shown: the text in the operator's language, then the stable error id to quote. */
    private static String withId(ErrorId error, String text) {
        return text + " " + Texts.text("intake.errorId", error.id());
    }

    public List<AdverseRow> getAdverseRecords() {
        LocalDate today = LocalDate.now(clock.withZone(Call.ZONE));
        List<AdverseRow> rows = new ArrayList<>();
        for (int i = 0; i < adverseRecords.size(); i++) {
            AdverseRecord r = adverseRecords.get(i);
            rows.add(new AdverseRow(i, r.kind().name(), r.date(), r.issuer(), r.description(), r.countsAsOf(today)));
        }
        return rows;
    }

    public List<AdverseRecord.Kind> getAdverseKinds() {
        return List.of(AdverseRecord.Kind.values());
    }

    public String getAdverseKind() { return adverseKind; }
    public void setAdverseKind(String v) { adverseKind = v; }
    public LocalDate getAdverseDate() { return adverseDate; }
    public void setAdverseDate(LocalDate v) { adverseDate = v; }
    public String getAdverseIssuer() { return adverseIssuer; }
    public void setAdverseIssuer(String v) { adverseIssuer = v; }
    public String getAdverseDescription() { return adverseDescription; }
    public void setAdverseDescription(String v) { adverseDescription = v; }

    // choices

    public List<Recommender> getDistricts() {
        return recommenders.usableForOperators().stream().filter(r -> r.kind() == RecommenderKind.DISTRICT).toList();
    }

    public List<Recommender> getDepartments() {
        return recommenders.usableForOperators().stream().filter(r -> r.kind() == RecommenderKind.DEPARTMENT).toList();
    }

    public List<ProjectType> getProjectTypes() {
        return List.of(ProjectType.values());
    }

    public List<PilotKind> getPilotKinds() {
        return List.of(PilotKind.values());
    }

    public List<StandardLevel> getStandardLevels() {
        return List.of(StandardLevel.values());
    }

    /** §三(一): the call's key direction groups, each with its sub-directions, as option groups. */
    public List<SelectItem> getDirections() {
        List<SelectItem> items = new ArrayList<>();
        for (DirectionGroup g : call().keyDirectionGroups()) {
            SelectItemGroup group = new SelectItemGroup(locale.isEnglish() ? g.nameEn() : g.nameZh());
            List<SelectItem> options = new ArrayList<>();
            for (Direction d : g.directions()) {
                options.add(new SelectItem(d.code(), locale.isEnglish() ? d.nameEn() : d.nameZh()));
            }
            group.setSelectItems(options.toArray(SelectItem[]::new));
            items.add(group);
        }
        return items;
    }

    public String getCallTitle() {
        Call c = call();
        return c.docNumber() + " · " + c.titleZh();
    }

    public String getDeadline() {
        return call().deadline().toString();
    }

    public boolean isPersisted() {
        return id != null && !id.isBlank();
    }

    public boolean isWithdrawable() {
        return "DRAFT".equals(state) || "SUBMITTED".equals(state);
    }

    // properties

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getCallId() {
        if (callId == null) {
            callId = openCall.id();
        }
        return callId;
    }
    public String getState() { return state; }
    public boolean isEditable() { return editable; }
    public OffsetDateTime getSubmittedAt() { return submittedAt; }
    public List<String> getRefusals() { return refusals; }
    public List<AttachmentMetadata> getAttachments() { return attachments; }
    public List<StandardRow> getStandards() { return standards; }
    public String getApplicantName() { return applicantName; }
    public void setApplicantName(String v) { applicantName = v; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String v) { creditCode = v; }
    public String getDistrictCode() { return districtCode; }
    public void setDistrictCode(String v) { districtCode = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String v) { postalCode = v; }
    public String getLegalRepresentative() { return legalRepresentative; }
    public void setLegalRepresentative(String v) { legalRepresentative = v; }
    public String getContactName() { return contactName; }
    public void setContactName(String v) { contactName = v; }
    public String getContactTitle() { return contactTitle; }
    public void setContactTitle(String v) { contactTitle = v; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String v) { contactPhone = v; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String v) { contactEmail = v; }
    public String getBodyName() { return bodyName; }
    public void setBodyName(String v) { bodyName = v; }
    public Integer getFullTimeStaff() { return fullTimeStaff; }
    public void setFullTimeStaff(Integer v) { fullTimeStaff = v; }
    public Integer getPartTimeStaff() { return partTimeStaff; }
    public void setPartTimeStaff(Integer v) { partTimeStaff = v; }
    public boolean isRegisteredInShanghai() { return registeredInShanghai; }
    public void setRegisteredInShanghai(boolean v) { registeredInShanghai = v; }
    public boolean isGoodCredit() { return goodCredit; }
    public void setGoodCredit(boolean v) { goodCredit = v; }
    public boolean isGovernmentLed() { return governmentLed; }
    public void setGovernmentLed(boolean v) { governmentLed = v; }
    public boolean isInLineWithIndustrialPolicy() { return inLineWithIndustrialPolicy; }
    public void setInLineWithIndustrialPolicy(boolean v) { inLineWithIndustrialPolicy = v; }
    public String getProjectName() { return projectName; }
    public void setProjectName(String v) { projectName = v; }
    public String getProjectType() { return projectType; }
    public void setProjectType(String v) { projectType = v; }
    public String getPilotKind() { return pilotKind; }
    public void setPilotKind(String v) { pilotKind = v; }
    public String getDirection() { return direction; }
    public void setDirection(String v) { direction = v; }
    public String getSummary() { return summary; }
    public void setSummary(String v) { summary = v; }
    public String getGoals() { return goals; }
    public void setGoals(String v) { goals = v; }
    public BigDecimal getBudgetTotal() { return budgetTotal; }
    public void setBudgetTotal(BigDecimal v) { budgetTotal = v; }
    public BigDecimal getBudgetSelfFunded() { return budgetSelfFunded; }
    public void setBudgetSelfFunded(BigDecimal v) { budgetSelfFunded = v; }
    public boolean isInternalOnly() { return internalOnly; }
    public void setInternalOnly(boolean v) { internalOnly = v; }
    public String getEndorsementDepartment() { return endorsementDepartment; }
    public void setEndorsementDepartment(String v) { endorsementDepartment = v; }
    public String getEndorsementOpinion() { return endorsementOpinion; }
    public void setEndorsementOpinion(String v) { endorsementOpinion = v; }
    public LocalDate getEndorsementDate() { return endorsementDate; }
    public void setEndorsementDate(LocalDate v) { endorsementDate = v; }
    public Part getUpload() { return upload; }
    public void setUpload(Part v) { upload = v; }
    public String getUploadDescription() { return uploadDescription; }
    public void setUploadDescription(String v) { uploadDescription = v; }
}
