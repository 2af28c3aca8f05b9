package cn.sh.pilot.app.infrastructure.archive;

import cn.sh.pilot.contracts.archive.v1.ProjectStatus;
import java.util.List;

/**
 * Review's item statuses in the archive's project statuses: an item still in municipal review (imported, under review, asked
 * for correction, replaced by its correction, decision proposed) is a SUBMITTED application; approved and rejected
 * say so. The later statuses (under acceptance, closed …) belong to the projects module's feed.
 */
final class ItemStatuses {

    private static final List<String> IN_REVIEW = List.of("IMPORTED", "UNDER_REVIEW", "CORRECTION_REQUESTED",
            "SUPERSEDED", "PROPOSED");

    private ItemStatuses() {
    }

    /** The item statuses a project status stands for (none for statuses review does not have). */
    static List<String> of(ProjectStatus status) {
        return switch (status) {
            case SUBMITTED -> IN_REVIEW;
            case APPROVED -> List.of("APPROVED");
            case REJECTED -> List.of("REJECTED");
            default -> List.of();
        };
    }

    static ProjectStatus project(String itemStatus) {
        return switch (itemStatus.strip()) {
            case "APPROVED" -> ProjectStatus.APPROVED;
            case "REJECTED" -> ProjectStatus.REJECTED;
            default -> ProjectStatus.SUBMITTED;
        };
    }
}
