package cn.sh.pilot.review.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Published when an approval is confirmed (立项, notice §四(一)): the projects module starts the
 * project's term from it. It carries plain values only, so the receiving module needs no review
 * class; the app's wiring delivers it (a CDI event), never a read of review's tables.
 *
 * @param projectNumber  e.g. {@code SHBZSD-2023-0007}
 * @param itemId         the recommended item that was approved (referenced by the decision notice)
 * @param applicationId  the application as the applicant and recommender know it
 * @param callId         the call the application answered
 * @param projectName    the project's name as approved
 * @param applicantName  the applicant (试点单位)
 * @param applicantUscc  its unified social credit code
 * @param guarantorCode  the recommender, which becomes the guarantor (项目保证单位, §四(三))
 * @param projectType    {@code GENERAL} or {@code KEY}, as approved
 * @param directionGroup key direction group code (reference data), or null for a general project
 * @param direction      key sub-direction code, or null
 * @param domainCode     the review domain (§五(五)) the project was routed to
 * @param termStart      the approval date in Asia/Shanghai, first day of the term
 * @param termEnd        the last day of the term (inclusive)
 * @param approvedAt     the moment the approval was confirmed
 * @param approvedBy     the approver who confirmed it
 */
public record ProjectApproved(
        String projectNumber,
        UUID itemId,
        UUID applicationId,
        String callId,
        String projectName,
        String applicantName,
        String applicantUscc,
        String guarantorCode,
        String projectType,
        String directionGroup,
        String direction,
        String domainCode,
        LocalDate termStart,
        LocalDate termEnd,
        Instant approvedAt,
        String approvedBy) {

    public ProjectApproved {
        Objects.requireNonNull(projectNumber, "projectNumber");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(applicantName, "applicantName");
        Objects.requireNonNull(applicantUscc, "applicantUscc");
        Objects.requireNonNull(guarantorCode, "guarantorCode");
        Objects.requireNonNull(projectType, "projectType");
        Objects.requireNonNull(domainCode, "domainCode");
        Objects.requireNonNull(termStart, "termStart");
        Objects.requireNonNull(termEnd, "termEnd");
        Objects.requireNonNull(approvedAt, "approvedAt");
        Objects.requireNonNull(approvedBy, "approvedBy");
    }
}
