package cn.sh.pilot.intake.infrastructure.xml;

import cn.sh.pilot.contracts.KeyDirections;
import cn.sh.pilot.contracts.application.v1.Accident;
import cn.sh.pilot.contracts.application.v1.AccidentKind;
import cn.sh.pilot.contracts.application.v1.GeneralProject;
import cn.sh.pilot.contracts.application.v1.Goals;
import cn.sh.pilot.contracts.application.v1.InternalStandardizationOverride;
import cn.sh.pilot.contracts.application.v1.KeyProject;
import cn.sh.pilot.contracts.application.v1.MajorAccidents;
import cn.sh.pilot.contracts.application.v1.PlannedStandard;
import cn.sh.pilot.contracts.application.v1.PlannedStandards;
import cn.sh.pilot.contracts.application.v1.Sanction;
import cn.sh.pilot.contracts.application.v1.SanctionKind;
import cn.sh.pilot.contracts.application.v1.Sanctions;
import cn.sh.pilot.contracts.application.v1.StandardizationBody;
import cn.sh.pilot.contracts.common.v1.Attachment;
import cn.sh.pilot.contracts.common.v1.Attachments;
import cn.sh.pilot.contracts.common.v1.Party;
import cn.sh.pilot.contracts.common.v1.Person;
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
import cn.sh.pilot.intake.domain.application.ReceivedApplication;
import cn.sh.pilot.intake.domain.application.StandardLevel;
import cn.sh.pilot.intake.domain.application.StandardizationCapacity;
import cn.sh.pilot.intake.domain.call.Call;
import cn.sh.pilot.intake.domain.call.CallId;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The application document ({@code urn:cn:sh:pilot:application:v1}) ↔ the {@link Application} aggregate; the only
 * place where the generated contract types meet intake's domain.
 *
 * <p>Since schema 1.1.0 everything an operator records travels: the internal-standardization override
 * ({@code InternalStandardizationOverride}), the {@code advanced} flag of a planned standard ({@code Advanced},
 * written only when true) and the place of an accident ({@code Accident/Place} ↔ {@link AdverseRecord#issuer()}).
 * {@link PilotKind} is the schema's code list one to one.
 *
 * <p>What does not survive a round trip (see the module README, "Documents"):
 * <ul>
 *   <li>document → domain: {@code Sender} and {@code Submitted} are envelope, returned beside the draft in
 *       {@link ReceivedApplication}; the draft is addressed to the receiving recommender and created at receipt;</li>
 *   <li>domain → document: a general project's direction codes, and the state and its times other than the
 *       submission have no element and are left out; {@code Submitted} and the override's {@code Recorded} are
 *       written in Shanghai time ({@code +08:00}); sanctions come before accidents.</li>
 * </ul>
 * Values the schema requires but a draft may lack (goals, budget, a key project's direction) are written as they
 * are; {@code ApplicationMarshaller.write} then refuses the document with the schema error id. Submission never gets
 * that far: {@code CompletenessPolicy} refuses such an application first.
 */
public final class ApplicationMapper {

    // ---------------------------------------------------------------- document → domain

    /**
     * The draft a document describes, addressed to {@code recommenderCode} and created at {@code receivedAt}.
     *
     * @throws RefusedException {@code application-content-invalid} when a schema-valid value cannot be taken
     *                          (a blank title, an attachment listed twice)
     */
    public ReceivedApplication toDomain(cn.sh.pilot.contracts.application.v1.Application doc, String recommenderCode,
                                        Instant receivedAt) throws RefusedException {
        try {
            Application draft = Application.draft(ApplicationId.of(doc.getApplicationId()), new CallId(doc.getCallId()),
                    recommenderCode, receivedAt, applicant(doc), declarations(doc.getDeclarations()), project(doc));
            Set<String> names = new HashSet<>();
            if (doc.getAttachments() != null) {
                for (Attachment a : doc.getAttachments().getAttachment()) {
                    if (!names.add(a.getFileName())) {
                        throw new IllegalArgumentException("attachment listed twice: " + a.getFileName());
                    }
                    draft.attach(new AttachmentMetadata(a.getFileName(), a.getMediaType(), a.getSize(), a.getSha256(),
                            a.getTitle()));
                }
            }
            InternalStandardizationOverride override = doc.getInternalStandardizationOverride();
            if (override != null) {
                if (!cn.sh.pilot.intake.domain.application.InternalStandardizationOverride
                        .isSufficient(override.getOperator(), override.getReason())) {
                    throw new IllegalArgumentException("override reason of blanks: " + override.getReason());
                }
                draft.overrideInternalStandardization(override.getOperator(), override.getReason(),
                        override.getRecorded().toInstant());
            }
            return new ReceivedApplication(draft, doc.getSender().getCode(), doc.getSender().getName(),
                    doc.getSubmitted().toInstant());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RefusedException(IntakeError.APPLICATION_CONTENT_INVALID,
                    "application " + doc.getApplicationId() + ": " + e.getMessage(), e);
        }
    }

    private static Applicant applicant(cn.sh.pilot.contracts.application.v1.Application doc) {
        var a = doc.getApplicant();
        StandardizationBody body = doc.getDeclarations().getStandardizationBody();
        List<Contact> contacts = a.getContact().stream()
                .map(p -> new Contact(p.getName(), p.getPhone(), p.getEmail(), p.getTitle())).toList();
        return new Applicant(a.getName(), a.getUscc(), a.getRegisteredDistrict(), a.getAddress(), a.getPostalCode(),
                a.getLegalRepresentative(), contacts,
                new StandardizationCapacity(body.isExists(), body.getName(), body.getFullTimeStaff(), body.getPartTimeStaff()));
    }

    private static Declarations declarations(cn.sh.pilot.contracts.application.v1.Declarations d) {
        List<AdverseRecord> records = new ArrayList<>();
        for (Sanction s : d.getSanctions().getSanction()) {
            records.add(new AdverseRecord(kind(s.getKind()), s.getDate(), s.getAuthority(), s.getDescription()));
        }
        for (Accident a : d.getMajorAccidents().getAccident()) {
            records.add(new AdverseRecord(kind(a.getKind()), a.getDate(), a.getPlace(), a.getDescription()));
        }
        return new Declarations(d.isRegisteredInShanghai(), d.isGoodCredit(), d.isGovernmentLed(),
                d.isIndustrialPolicyFit(), records);
    }

    private static Project project(cn.sh.pilot.contracts.application.v1.Application doc) {
        var content = doc.getProject();
        KeyProject key = doc.getKeyProject();
        GeneralProject general = doc.getGeneralProject();
        PlannedStandards planned = key != null ? key.getPlannedStandards() : general.getPlannedStandards();
        var endorsement = key != null ? key.getEndorsement() : general.getEndorsement();
        var direction = key == null ? null : KeyDirections.codes(key.getKeyDirection()).orElse(null);
        return new Project(
                content.getName(),
                key != null ? ProjectType.KEY : ProjectType.GENERAL,
                pilotKind(doc.getPilotKind()),
                direction == null ? null : direction.group().value(),
                direction == null ? null : direction.subDirection(),
                planned == null ? List.of() : planned.getPlannedStandard().stream()
                        .map(p -> new PlannedStandardOutput(StandardLevel.valueOf(p.getLevel().name()), p.getTitle(),
                                p.getPlannedYear(), Boolean.TRUE.equals(p.isAdvanced())))
                        .toList(),
                endorsement == null ? null : new Endorsement(endorsement.getDepartment().getCode(),
                        endorsement.getDepartment().getName(), endorsement.getOpinion(), endorsement.getDate()),
                content.getSummary(),
                doc.getDeclarations().isInternalOnly(),
                content.getGoals().getGoal(),
                new Budget(content.getBudget().getTotal(), content.getBudget().getSelfFunded()));
    }

    private static PilotKind pilotKind(cn.sh.pilot.contracts.common.v1.PilotKind kind) {
        return switch (kind) {
            case AGRICULTURE -> PilotKind.AGRICULTURE;
            case INDUSTRY -> PilotKind.INDUSTRY;
            case SERVICE -> PilotKind.SERVICE;
            case SOCIAL_MGMT_PUBLIC_SERVICE -> PilotKind.SOCIAL_MGMT_PUBLIC_SERVICE;
            case ECO_GREEN -> PilotKind.ECO_GREEN;
            case INTERNATIONAL -> PilotKind.INTERNATIONAL;
        };
    }

    private static AdverseRecord.Kind kind(SanctionKind kind) {
        return switch (kind) {
            case CRITICISED -> AdverseRecord.Kind.CRITICISM;
            case PENALISED -> AdverseRecord.Kind.PENALTY;
            case MEDIA_EXPOSED -> AdverseRecord.Kind.MEDIA_EXPOSURE;
        };
    }

    private static AdverseRecord.Kind kind(AccidentKind kind) {
        return switch (kind) {
            case QUALITY -> AdverseRecord.Kind.MAJOR_QUALITY_ACCIDENT;
            case WORK_SAFETY -> AdverseRecord.Kind.MAJOR_SAFETY_ACCIDENT;
            case ENVIRONMENT -> AdverseRecord.Kind.MAJOR_ENVIRONMENTAL_ACCIDENT;
        };
    }

    // ---------------------------------------------------------------- domain → document

    /**
     * The document of a submitted (or since withdrawn or decided) application, sent by {@code senderCode}.
     *
     * @throws RefusedException {@code draft-not-exportable} for a draft (a document has a submission time),
     *                          {@code key-direction-not-exchangeable} for a key direction outside the schema's codes
     */
    public cn.sh.pilot.contracts.application.v1.Application toContract(Application application, String senderCode,
                                                                        String senderName) throws RefusedException {
        Instant submitted = application.submittedAt().orElseThrow(() ->
                new RefusedException(IntakeError.DRAFT_NOT_EXPORTABLE, "application " + application.id()));
        Project project = application.project();
        var doc = new cn.sh.pilot.contracts.application.v1.Application();
        doc.setSender(party(senderCode, senderName));
        doc.setApplicationId(application.id().toString());
        doc.setCallId(application.callId().value());
        doc.setSubmitted(OffsetDateTime.ofInstant(submitted, Call.ZONE));
        doc.setPilotKind(pilotKind(project.pilotKind()));
        doc.setApplicant(applicant(application.applicant()));
        doc.setDeclarations(declarations(application));
        if (project.type() == ProjectType.KEY) {
            KeyProject key = new KeyProject();
            if (project.directionGroupCode() != null && project.directionCode() != null) {
                key.setKeyDirection(KeyDirectionCodes.toContract(project.directionGroupCode(), project.directionCode()));
            }
            key.setPlannedStandards(plannedStandards(project.plannedOutputs()));
            key.setEndorsement(endorsement(project.endorsement()));
            doc.setKeyProject(key);
        } else {
            GeneralProject general = new GeneralProject();
            general.setPlannedStandards(plannedStandards(project.plannedOutputs()));
            general.setEndorsement(endorsement(project.endorsement()));
            doc.setGeneralProject(general);
        }
        doc.setProject(content(project));
        if (!application.attachments().isEmpty()) {
            Attachments attachments = new Attachments();
            for (AttachmentMetadata a : application.attachments()) {
                Attachment attachment = new Attachment();
                attachment.setFileName(a.fileName());
                attachment.setTitle(emptyToNull(a.description()));
                attachment.setMediaType(a.mediaType());
                attachment.setSha256(a.sha256());
                attachment.setSize(a.sizeBytes());
                attachments.getAttachment().add(attachment);
            }
            doc.setAttachments(attachments);
        }
        application.internalStandardizationOverride().ifPresent(o -> {
            var override = new InternalStandardizationOverride();
            override.setOperator(o.operator());
            override.setRecorded(OffsetDateTime.ofInstant(o.at(), Call.ZONE));
            override.setReason(o.reason());
            doc.setInternalStandardizationOverride(override);
        });
        return doc;
    }

    private static cn.sh.pilot.contracts.application.v1.Applicant applicant(Applicant a) {
        var applicant = new cn.sh.pilot.contracts.application.v1.Applicant();
        applicant.setName(a.name());
        applicant.setUscc(a.creditCode());
        applicant.setRegisteredDistrict(a.registeredDistrictCode());
        applicant.setAddress(a.address());
        applicant.setPostalCode(emptyToNull(a.postalCode()));
        applicant.setLegalRepresentative(a.legalRepresentative());
        for (Contact c : a.contacts()) {
            Person person = new Person();
            person.setName(c.name());
            person.setTitle(emptyToNull(c.title()));
            person.setPhone(emptyToNull(c.phone()));
            person.setEmail(emptyToNull(c.email()));
            applicant.getContact().add(person);
        }
        return applicant;
    }

    private static cn.sh.pilot.contracts.application.v1.Declarations declarations(Application application) {
        Declarations d = application.declarations();
        StandardizationCapacity capacity = application.applicant().capacity();
        var declarations = new cn.sh.pilot.contracts.application.v1.Declarations();
        declarations.setRegisteredInShanghai(d.registeredInShanghai());
        declarations.setGoodCredit(d.goodCredit());
        StandardizationBody body = new StandardizationBody();
        body.setExists(capacity.hasBody());
        body.setName(emptyToNull(capacity.bodyName()));
        body.setFullTimeStaff(capacity.fullTimeStaff());
        body.setPartTimeStaff(capacity.partTimeStaff());
        declarations.setStandardizationBody(body);
        declarations.setGovernmentLed(d.governmentLed());
        declarations.setInternalOnly(application.project().internalOnly());
        declarations.setIndustrialPolicyFit(d.inLineWithIndustrialPolicy());
        Sanctions sanctions = new Sanctions();
        MajorAccidents accidents = new MajorAccidents();
        for (AdverseRecord r : d.adverseRecords()) {
            if (r.kind().isAccident()) {
                Accident accident = new Accident();
                accident.setKind(accidentKind(r.kind()));
                accident.setDate(r.date());
                accident.setDescription(r.description());
                accident.setPlace(emptyToNull(r.issuer()));
                accidents.getAccident().add(accident);
            } else {
                Sanction sanction = new Sanction();
                sanction.setKind(sanctionKind(r.kind()));
                sanction.setDate(r.date());
                sanction.setAuthority(r.issuer());
                sanction.setDescription(r.description());
                sanctions.getSanction().add(sanction);
            }
        }
        declarations.setSanctions(sanctions);
        declarations.setMajorAccidents(accidents);
        return declarations;
    }

    private static PlannedStandards plannedStandards(List<PlannedStandardOutput> outputs) {
        if (outputs.isEmpty()) {
            return null;
        }
        PlannedStandards planned = new PlannedStandards();
        for (PlannedStandardOutput o : outputs) {
            PlannedStandard standard = new PlannedStandard();
            standard.setLevel(cn.sh.pilot.contracts.common.v1.StandardLevel.valueOf(o.level().name()));
            standard.setTitle(o.title());
            standard.setPlannedYear(o.plannedYear());
            standard.setAdvanced(o.advanced() ? Boolean.TRUE : null);
            planned.getPlannedStandard().add(standard);
        }
        return planned;
    }

    private static cn.sh.pilot.contracts.application.v1.Endorsement endorsement(Endorsement e) {
        if (e == null) {
            return null;
        }
        var endorsement = new cn.sh.pilot.contracts.application.v1.Endorsement();
        endorsement.setDepartment(party(e.departmentCode(), e.departmentName()));
        endorsement.setOpinion(e.opinion());
        endorsement.setDate(e.date());
        return endorsement;
    }

    private static cn.sh.pilot.contracts.application.v1.Project content(Project p) {
        var content = new cn.sh.pilot.contracts.application.v1.Project();
        content.setName(p.name());
        content.setSummary(p.summary());
        Goals goals = new Goals();
        goals.getGoal().addAll(p.goals());
        content.setGoals(goals);
        if (p.budget() != null) {
            var budget = new cn.sh.pilot.contracts.application.v1.Budget();
            budget.setTotal(p.budget().total());
            budget.setSelfFunded(p.budget().selfFunded());
            content.setBudget(budget);
        }
        return content;
    }

    private static cn.sh.pilot.contracts.common.v1.PilotKind pilotKind(PilotKind kind) {
        return switch (kind) {
            case AGRICULTURE -> cn.sh.pilot.contracts.common.v1.PilotKind.AGRICULTURE;
            case INDUSTRY -> cn.sh.pilot.contracts.common.v1.PilotKind.INDUSTRY;
            case SERVICE -> cn.sh.pilot.contracts.common.v1.PilotKind.SERVICE;
            case SOCIAL_MGMT_PUBLIC_SERVICE -> cn.sh.pilot.contracts.common.v1.PilotKind.SOCIAL_MGMT_PUBLIC_SERVICE;
            case ECO_GREEN -> cn.sh.pilot.contracts.common.v1.PilotKind.ECO_GREEN;
            case INTERNATIONAL -> cn.sh.pilot.contracts.common.v1.PilotKind.INTERNATIONAL;
        };
    }

    private static SanctionKind sanctionKind(AdverseRecord.Kind kind) {
        return switch (kind) {
            case CRITICISM -> SanctionKind.CRITICISED;
            case PENALTY -> SanctionKind.PENALISED;
            case MEDIA_EXPOSURE -> SanctionKind.MEDIA_EXPOSED;
            default -> throw new IllegalArgumentException("not a sanction: " + kind);
        };
    }

    private static AccidentKind accidentKind(AdverseRecord.Kind kind) {
        return switch (kind) {
            case MAJOR_QUALITY_ACCIDENT -> AccidentKind.QUALITY;
            case MAJOR_SAFETY_ACCIDENT -> AccidentKind.WORK_SAFETY;
            case MAJOR_ENVIRONMENTAL_ACCIDENT -> AccidentKind.ENVIRONMENT;
            default -> throw new IllegalArgumentException("not an accident: " + kind);
        };
    }

    private static Party party(String code, String name) {
        Party party = new Party();
        party.setCode(code);
        party.setName(name);
        return party;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
