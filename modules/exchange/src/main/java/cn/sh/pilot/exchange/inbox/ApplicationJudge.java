package cn.sh.pilot.exchange.inbox;

import cn.sh.pilot.contracts.application.v1.Application;
import cn.sh.pilot.exchange.receipt.ReceiptReason;
import java.time.Instant;
import java.util.List;

/**
 * Re-checks an application carried inside an incoming package against the rules of the module that
 * owns applications (intake's eligibility), without the importing module (review) depending on it.
 * Implemented as a CDI bean by the owner; a package handler asks every implementation it finds.
 */
public interface ApplicationJudge {

    /**
     * @param recommenderCode the recommender whose batch carries the application
     * @param application the application as the package carries it (valid against its schema)
     * @param submittedAt when the applicant submitted it
     * @return the reasons to refuse the item; empty if the application passes
     */
    List<ReceiptReason> judge(String recommenderCode, Application application, Instant submittedAt);
}
