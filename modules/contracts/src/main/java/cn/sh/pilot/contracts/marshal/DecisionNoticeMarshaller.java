package cn.sh.pilot.contracts.marshal;

import cn.sh.pilot.contracts.decision.v1.DecisionNotice;
import cn.sh.pilot.contracts.schema.ContractDocument;

/** Reads and writes decision notices (立项通知), validating every time. */
public final class DecisionNoticeMarshaller extends ContractMarshaller<DecisionNotice> {

    public DecisionNoticeMarshaller() {
        super(ContractDocument.DECISION_NOTICE, DecisionNotice.class);
    }
}
