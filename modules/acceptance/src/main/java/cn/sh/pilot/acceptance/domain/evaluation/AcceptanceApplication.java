package cn.sh.pilot.acceptance.domain.evaluation;

import cn.sh.pilot.acceptance.domain.AttachmentRef;
import cn.sh.pilot.acceptance.domain.Organisation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The guarantor's acceptance application (验收申请, §四(一)): self-evaluation, outputs, other results and evidence.
 *
 * @param otherResults {@code null} when none are described
 */
public record AcceptanceApplication(UUID acceptanceId, Organisation sender, ProjectNumber projectNumber,
                                    SelfEvaluation selfEvaluation, List<ClaimedOutput> outputs, String otherResults,
                                    List<AttachmentRef> evidence, Instant submitted) {

    public AcceptanceApplication {
        Objects.requireNonNull(acceptanceId, "acceptanceId");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(projectNumber, "projectNumber");
        Objects.requireNonNull(selfEvaluation, "selfEvaluation");
        Objects.requireNonNull(submitted, "submitted");
        outputs = List.copyOf(outputs);
        evidence = List.copyOf(evidence);
    }
}
