package cn.sh.pilot.projects.domain.project;

import cn.sh.pilot.projects.domain.AttachmentRef;
import cn.sh.pilot.projects.domain.Organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The guarantor's request for the one extension (延期申请, §四(三)), as received in an extension-request package or
 * typed on the recommender console.
 *
 * @param currentTermEnd the end date the guarantor believes is current (informative)
 * @param submitted      when the guarantor says it sent it (the policy judges the time the municipal site got it)
 */
public record ExtensionRequest(UUID requestId, Organisation sender, ProjectNumber projectNumber,
                               LocalDate currentTermEnd, int months, String reason,
                               List<AttachmentRef> attachments, Instant submitted) {

    public ExtensionRequest {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(projectNumber, "projectNumber");
        Objects.requireNonNull(currentTermEnd, "currentTermEnd");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(submitted, "submitted");
        attachments = List.copyOf(attachments);
    }
}
