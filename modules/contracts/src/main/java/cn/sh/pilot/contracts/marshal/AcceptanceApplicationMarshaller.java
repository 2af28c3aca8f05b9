package cn.sh.pilot.contracts.marshal;

import cn.sh.pilot.contracts.acceptance.v1.AcceptanceApplication;
import cn.sh.pilot.contracts.schema.ContractDocument;

/** Reads and writes acceptance applications (验收申请), validating every time. */
public final class AcceptanceApplicationMarshaller extends ContractMarshaller<AcceptanceApplication> {

    public AcceptanceApplicationMarshaller() {
        super(ContractDocument.ACCEPTANCE_APPLICATION, AcceptanceApplication.class);
    }
}
