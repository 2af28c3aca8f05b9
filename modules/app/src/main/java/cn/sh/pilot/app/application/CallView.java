package cn.sh.pilot.app.application;

import java.time.LocalDate;
import java.util.List;

/** A call for pilot applications as the console and the REST API show it. */
public record CallView(String id, int year, String docNumber, String titleZh, String titleEn, LocalDate publishedOn,
                       LocalDate deadline, int termMonths, int maxExtensionMonths, int maxExtensions,
                       List<ProjectType> projectTypes, List<Domain> domains, List<DirectionGroup> directionGroups) {

    public record ProjectType(String code, String nameZh, String nameEn) {
    }

    public record Domain(String code, String nameZh, String nameEn, String contactName, String contactPhone) {
    }

    public record DirectionGroup(String code, String nameZh, String nameEn, String domainCode, List<Direction> directions) {
    }

    public record Direction(String code, String nameZh, String nameEn) {
    }

    /** Applications are accepted up to and including the deadline day (Asia/Shanghai). */
    public boolean openOn(LocalDate day) {
        return !day.isBefore(publishedOn) && !day.isAfter(deadline);
    }
}
