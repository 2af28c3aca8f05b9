package cn.sh.pilot.app.application;

import cn.sh.pilot.acceptance.domain.evaluation.AcceptanceResultNotice;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.projects.domain.project.ExtensionDecision;

/**
 * Signed notices from the municipal bureau to a guarantor: each is a signed package in the guarantor's
 * {@code receipts/} folder — where it fetches its receipts — that appears only once the transaction that decided it
 * commits. Building and signing happen at once, so a failure fails the decision.
 *
 * @return the file name the guarantor will find
 */
public interface GuarantorMail {

    String sendExtensionDecision(String guarantorCode, ExtensionDecision decision) throws RefusedException;

    String sendAcceptanceResult(String guarantorCode, AcceptanceResultNotice result) throws RefusedException;
}
