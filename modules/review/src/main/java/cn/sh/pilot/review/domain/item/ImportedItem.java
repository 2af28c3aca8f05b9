package cn.sh.pilot.review.domain.item;

import java.util.Objects;

import cn.sh.pilot.review.domain.shared.ApplicationId;
import cn.sh.pilot.review.domain.shared.BatchId;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.ItemId;
import cn.sh.pilot.review.domain.shared.ProjectType;
import cn.sh.pilot.review.domain.shared.RecommenderCode;

/**
 * What the municipal bureau takes from one item of an accepted batch: the batch's data, the parts
 * of the application review works with, and the recommender's opinion. Direction codes are the
 * reference data's; {@code directionGroup} is null for a general project.
 */
public record ImportedItem(ItemId itemId, BatchId batchId, CallId batchCallId, RecommenderCode recommender, int rank,
        ApplicationId applicationId, CallId applicationCallId, Applicant applicant, String projectName, String pilotKind,
        ProjectType declaredType, String directionGroup, String direction, Recommendation recommendation) {

    public ImportedItem {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(batchCallId, "batchCallId");
        Objects.requireNonNull(recommender, "recommender");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(applicationCallId, "applicationCallId");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(pilotKind, "pilotKind");
        Objects.requireNonNull(declaredType, "declaredType");
        Objects.requireNonNull(recommendation, "recommendation");
    }
}
