package cn.sh.pilot.intake.domain.application;

import java.time.Instant;
import java.util.Objects;

/**
 * An application document read from outside (an upload, a feeding system): the draft it describes and what its
 * envelope said.
 *
 * @param draft               the application as a draft addressed to the receiving recommender
 * @param senderCode          the document's {@code Sender/Code} (an applicant's credit code, a district or department)
 * @param senderName          the document's {@code Sender/Name}
 * @param declaredSubmittedAt the document's {@code Submitted}: when the applicant says it submitted; the deadline is
 *                            judged by this site's clock when the draft is submitted here, not by this claim
 */
public record ReceivedApplication(Application draft, String senderCode, String senderName, Instant declaredSubmittedAt) {

    public ReceivedApplication {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(senderCode, "senderCode");
        Objects.requireNonNull(senderName, "senderName");
        Objects.requireNonNull(declaredSubmittedAt, "declaredSubmittedAt");
    }
}
