package cn.sh.pilot.intake.application;

import cn.sh.pilot.contracts.audit.AuditTrail;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.api.IntakeError;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.ApplicationDocumentReader;
import cn.sh.pilot.intake.domain.application.ApplicationRepository;
import cn.sh.pilot.intake.domain.application.AttachmentMetadata;
import cn.sh.pilot.intake.domain.application.ReceivedApplication;
import cn.sh.pilot.intake.domain.call.CallRepository;

import java.io.InputStream;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Takes an uploaded application document (XML) as a draft of the actor's recommender: schema-checked and mapped by
 * the {@link ApplicationDocumentReader}, then stored. Uploading the same application (same {@code ApplicationId})
 * again revises the draft, so an applicant can correct and re-upload until it is submitted.
 *
 * <p>The attachments the document lists are kept as metadata; their bytes arrive through {@link AttachFile}, which
 * replaces an entry of the same file name. A re-upload adds the entries not yet known and leaves the others alone,
 * so that metadata of bytes already received is never replaced by a document's claim.
 *
 * <p>A document carrying an {@code InternalStandardizationOverride} is refused ({@code override-not-importable}):
 * the override of §二(四) is the recommender operator's decision, recorded through
 * {@link RecordInternalStandardizationOverride} with its audit entry (ADR 0003), never an uploader's claim. It
 * travels in the other direction only, in the documents this site writes for the recommendation batch.
 */
public final class ImportApplicationXml {

    private final ApplicationDocumentReader reader;
    private final ApplicationRepository applications;
    private final CallRepository calls;
    private final AuditTrail audit;
    private final Clock clock;

    public ImportApplicationXml(ApplicationDocumentReader reader, ApplicationRepository applications, CallRepository calls,
                                AuditTrail audit, Clock clock) {
        this.reader = Objects.requireNonNull(reader);
        this.applications = Objects.requireNonNull(applications);
        this.calls = Objects.requireNonNull(calls);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * @throws RefusedException a schema error id ({@code pattern-mismatch}, {@code missing-element}, …, detail
     *                          {@code line L, column C, at /Application/…}), {@code application-content-invalid},
     *                          {@code call-unknown}, {@code override-not-importable}; for a re-upload
     *                          {@code application-other-recommender} or
     *                          {@code application-not-editable}
     */
    public Application importXml(Actor actor, InputStream document) throws RefusedException {
        ReceivedApplication received = reader.read(document, actor.recommenderCode(), clock.instant());
        Application draft = received.draft();
        if (draft.internalStandardizationOverride().isPresent()) {
            throw new RefusedException(IntakeError.OVERRIDE_NOT_IMPORTABLE, "application " + draft.id());
        }
        OwnApplications.call(calls, draft.callId());
        Optional<Application> existing = applications.find(draft.id());
        if (existing.isEmpty()) {
            applications.save(draft);
            audit.record(AuditActions.IMPORTED, AuditActions.ENTITY, draft.id().toString(), null,
                    new Imported(received.senderCode(), received.senderName(), ApplicationSnapshot.of(draft)));
            return draft;
        }
        Application application = existing.get();
        actor.requireHandles(application);
        ApplicationSnapshot before = ApplicationSnapshot.of(application);
        application.revise(draft.applicant(), draft.declarations(), draft.project());
        Set<String> known = application.attachments().stream().map(AttachmentMetadata::fileName).collect(Collectors.toSet());
        for (AttachmentMetadata a : draft.attachments()) {
            if (!known.contains(a.fileName())) {
                application.attach(a);
            }
        }
        applications.save(application);
        audit.record(AuditActions.REVISED, AuditActions.ENTITY, application.id().toString(), before,
                new Imported(received.senderCode(), received.senderName(), ApplicationSnapshot.of(application)));
        return application;
    }

    /** The audit log's "after" of an import: the draft, and who sent the document. */
    public record Imported(String senderCode, String senderName, ApplicationSnapshot application) {
    }
}
