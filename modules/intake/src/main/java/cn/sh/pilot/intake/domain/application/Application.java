package cn.sh.pilot.intake.domain.application;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.api.IntakeError;
import cn.sh.pilot.intake.domain.call.CallId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An application for a municipal standardization pilot, addressed to one recommender (a district bureau or an
 * industry department).
 *
 * <p>Life cycle: {@code DRAFT → SUBMITTED → WITHDRAWN | RECOMMENDED | NOT_RECOMMENDED}. It is editable only as a
 * draft and can be withdrawn until the recommender decides. Whether it may be submitted at all is decided by
 * {@code EligibilityPolicy} before {@link #submit(Instant)} is called; the aggregate guards its states.
 */
public final class Application {

    private final ApplicationId id;
    private final CallId callId;
    private final String recommenderCode;
    private final Instant createdAt;
    private final List<AttachmentMetadata> attachments = new ArrayList<>();
    private Applicant applicant;
    private Declarations declarations;
    private Project project;
    private InternalStandardizationOverride internalStandardizationOverride;
    private ApplicationState state = ApplicationState.DRAFT;
    private Instant submittedAt;
    private Instant decidedAt;

    private Application(ApplicationId id, CallId callId, String recommenderCode, Instant createdAt,
                        Applicant applicant, Declarations declarations, Project project) {
        this.id = Objects.requireNonNull(id, "id");
        this.callId = Objects.requireNonNull(callId, "callId");
        this.recommenderCode = Objects.requireNonNull(recommenderCode, "recommenderCode");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.applicant = Objects.requireNonNull(applicant, "applicant");
        this.declarations = Objects.requireNonNull(declarations, "declarations");
        this.project = Objects.requireNonNull(project, "project");
    }

    /** Starts a draft under {@code callId}, addressed to the recommender {@code recommenderCode} (e.g. 310104). */
    public static Application draft(ApplicationId id, CallId callId, String recommenderCode, Instant createdAt,
                                    Applicant applicant, Declarations declarations, Project project) {
        return new Application(id, callId, recommenderCode, createdAt, applicant, declarations, project);
    }

    /**
     * Rebuilds an application as it was kept (for repositories only): no rule is applied again, the stored state is
     * taken as it is.
     */
    public static Application restore(ApplicationId id, CallId callId, String recommenderCode, Instant createdAt,
                                      Applicant applicant, Declarations declarations, Project project,
                                      List<AttachmentMetadata> attachments, InternalStandardizationOverride override,
                                      ApplicationState state, Instant submittedAt, Instant decidedAt) {
        Application application = new Application(id, callId, recommenderCode, createdAt, applicant, declarations, project);
        application.attachments.addAll(attachments);
        application.internalStandardizationOverride = override;
        application.state = Objects.requireNonNull(state, "state");
        application.submittedAt = submittedAt;
        application.decidedAt = decidedAt;
        return application;
    }

    /** Replaces what the applicant filled in. */
    public void revise(Applicant newApplicant, Declarations newDeclarations, Project newProject) throws RefusedException {
        requireDraft();
        this.applicant = Objects.requireNonNull(newApplicant, "applicant");
        this.declarations = Objects.requireNonNull(newDeclarations, "declarations");
        this.project = Objects.requireNonNull(newProject, "project");
    }

    public void attach(AttachmentMetadata attachment) throws RefusedException {
        requireDraft();
        attachments.removeIf(a -> a.fileName().equals(attachment.fileName()));
        attachments.add(Objects.requireNonNull(attachment, "attachment"));
    }

    public void detach(String fileName) throws RefusedException {
        requireDraft();
        attachments.removeIf(a -> a.fileName().equals(fileName));
    }

    /**
     * Adds a §二(五) record (criticism, penalty, media exposure or major accident) to what the applicant declared,
     * on a draft only. It must be complete as of {@code today} ({@link AdverseRecord#problemsAsOf}) and not
     * recorded already. Whether it excludes the applicant is {@code ExclusionPolicy}'s to judge on submission.
     */
    public void addAdverseRecord(AdverseRecord record, LocalDate today) throws RefusedException {
        requireDraft();
        Objects.requireNonNull(record, "record");
        List<String> problems = record.problemsAsOf(today);
        if (!problems.isEmpty()) {
            throw new RefusedException(IntakeError.ADVERSE_RECORD_INVALID, String.join("; ", problems));
        }
        List<AdverseRecord> records = new ArrayList<>(declarations.adverseRecords());
        if (records.contains(record)) {
            throw new RefusedException(IntakeError.ADVERSE_RECORD_INVALID, "already recorded: " + record.date() + " " + record.kind());
        }
        records.add(record);
        declarations = declarations.withAdverseRecords(records);
    }

    /** Removes a §二(五) record entered by mistake, on a draft only; {@code adverse-record-not-found} when it is not there. */
    public void removeAdverseRecord(AdverseRecord record) throws RefusedException {
        requireDraft();
        List<AdverseRecord> records = new ArrayList<>(declarations.adverseRecords());
        if (!records.remove(record)) {
            throw new RefusedException(IntakeError.ADVERSE_RECORD_NOT_FOUND, record.date() + " " + record.kind());
        }
        declarations = declarations.withAdverseRecords(records);
    }

    /**
     * Records an operator's decision to accept a project of purely internal standardization (§二(四): generally
     * not accepted). Only on a draft, so that the decision is made before the application is judged and sent.
     */
    public void overrideInternalStandardization(String operator, String reason, Instant at) throws RefusedException {
        requireDraft();
        if (!InternalStandardizationOverride.isSufficient(operator, reason)) {
            throw new RefusedException(IntakeError.OVERRIDE_REASON_REQUIRED, "operator=" + operator + ", reason=" + reason);
        }
        this.internalStandardizationOverride = new InternalStandardizationOverride(operator.strip(), at, reason);
    }

    public void revokeInternalStandardizationOverride() throws RefusedException {
        requireDraft();
        this.internalStandardizationOverride = null;
    }

    /** Submits the draft to the recommender; run {@code EligibilityPolicy} first. */
    public void submit(Instant at) throws RefusedException {
        requireDraft();
        this.state = ApplicationState.SUBMITTED;
        this.submittedAt = Objects.requireNonNull(at, "at");
    }

    /** Withdraws the application; possible until the recommender has decided. */
    public void withdraw(Instant at) throws RefusedException {
        if (state != ApplicationState.DRAFT && state != ApplicationState.SUBMITTED) {
            throw new RefusedException(IntakeError.APPLICATION_NOT_WITHDRAWABLE, "state=" + state);
        }
        close(ApplicationState.WITHDRAWN, at);
    }

    /** The recommender's preliminary review recommends it (§四(二)). */
    public void recommend(Instant at) throws RefusedException {
        requireSubmitted();
        close(ApplicationState.RECOMMENDED, at);
    }

    /** The recommender's preliminary review does not recommend it. */
    public void declineToRecommend(Instant at) throws RefusedException {
        requireSubmitted();
        close(ApplicationState.NOT_RECOMMENDED, at);
    }

    private void close(ApplicationState newState, Instant at) {
        this.state = newState;
        this.decidedAt = Objects.requireNonNull(at, "at");
    }

    private void requireDraft() throws RefusedException {
        if (state != ApplicationState.DRAFT) {
            throw new RefusedException(IntakeError.APPLICATION_NOT_EDITABLE, "state=" + state);
        }
    }

    private void requireSubmitted() throws RefusedException {
        if (state != ApplicationState.SUBMITTED) {
            throw new RefusedException(IntakeError.APPLICATION_NOT_SUBMITTED, "state=" + state);
        }
    }

    public ApplicationId id() {
        return id;
    }

    public CallId callId() {
        return callId;
    }

    public String recommenderCode() {
        return recommenderCode;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Applicant applicant() {
        return applicant;
    }

    public Declarations declarations() {
        return declarations;
    }

    public Project project() {
        return project;
    }

    public List<AttachmentMetadata> attachments() {
        return List.copyOf(attachments);
    }

    public Optional<InternalStandardizationOverride> internalStandardizationOverride() {
        return Optional.ofNullable(internalStandardizationOverride);
    }

    public ApplicationState state() {
        return state;
    }

    public boolean isEditable() {
        return state == ApplicationState.DRAFT;
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    /** When it was withdrawn, recommended or not recommended. */
    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }
}
