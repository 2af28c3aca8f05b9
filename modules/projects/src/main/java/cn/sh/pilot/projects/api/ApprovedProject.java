package cn.sh.pilot.projects.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An approval as projects needs it, in plain values.
 *
 * @param projectType    {@code GENERAL} or {@code KEY}
 * @param directionGroup key direction group code, or null
 * @param direction      key sub-direction code, or null
 * @param approvedBy     the user who confirmed the approval
 */
public record ApprovedProject(String projectNumber, String projectName, String guarantorCode, String applicantName,
                              String applicantUscc, String projectType, String directionGroup, String direction,
                              LocalDate termStart, LocalDate termEnd, Instant approvedAt, String approvedBy) {

    public ApprovedProject {
        Objects.requireNonNull(projectNumber, "projectNumber");
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(guarantorCode, "guarantorCode");
        Objects.requireNonNull(applicantName, "applicantName");
        Objects.requireNonNull(applicantUscc, "applicantUscc");
        Objects.requireNonNull(projectType, "projectType");
        Objects.requireNonNull(termStart, "termStart");
        Objects.requireNonNull(termEnd, "termEnd");
        Objects.requireNonNull(approvedAt, "approvedAt");
        Objects.requireNonNull(approvedBy, "approvedBy");
    }
}
