package cn.sh.pilot.intake.application;

import cn.sh.pilot.intake.domain.application.Applicant;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.ApplicationState;
import cn.sh.pilot.intake.domain.application.AttachmentMetadata;
import cn.sh.pilot.intake.domain.application.Declarations;
import cn.sh.pilot.intake.domain.application.InternalStandardizationOverride;
import cn.sh.pilot.intake.domain.application.Project;

import java.time.Instant;
import java.util.List;

/**
 * An application's state as the audit log keeps it (before / after a change): plain records, so that the audit
 * trail can serialise it as JSON.
 */
public record ApplicationSnapshot(
        String id,
        String callId,
        String recommenderCode,
        ApplicationState state,
        Instant createdAt,
        Instant submittedAt,
        Instant decidedAt,
        Applicant applicant,
        Declarations declarations,
        Project project,
        List<AttachmentMetadata> attachments,
        InternalStandardizationOverride internalStandardizationOverride) {

    public static ApplicationSnapshot of(Application a) {
        return new ApplicationSnapshot(a.id().toString(), a.callId().value(), a.recommenderCode(), a.state(),
                a.createdAt(), a.submittedAt().orElse(null), a.decidedAt().orElse(null), a.applicant(),
                a.declarations(), a.project(), a.attachments(), a.internalStandardizationOverride().orElse(null));
    }
}
