package cn.sh.pilot.review.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One imported item as the archive needs it: what the recommender sent (application, applicant, project,
 * pilot kind, declared type and direction as the contract's values), its 初审 opinion, where it stands in
 * review, and the batch package that brought it.
 *
 * @param status         the item status by name ({@code UNDER_REVIEW}, {@code APPROVED} …)
 * @param packageSha256  the SHA-256 of the imported batch package (the inbox's tracking number)
 * @param projectNumber  the project number given on approval (立项), or null
 * @param termStart      the approval day, first day of the term, or null
 * @param termEnd        the last day of the term as approved, or null
 */
public record ArchivedItem(String itemId, String applicationId, String callId, String recommender, int priorityRank,
                           String applicantUscc, String applicantName, String projectName, String pilotKind,
                           String declaredType, String directionGroup, String direction, String reviewerName,
                           LocalDate opinionDate, String status, OffsetDateTime importedAt, String batchId,
                           int batchSequence, String packageSha256, String projectNumber, LocalDate termStart,
                           LocalDate termEnd) {
}
