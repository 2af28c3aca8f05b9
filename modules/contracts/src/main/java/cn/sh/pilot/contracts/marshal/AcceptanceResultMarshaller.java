package cn.sh.pilot.contracts.marshal;

import cn.sh.pilot.contracts.acceptance.v1.AcceptanceResult;
import cn.sh.pilot.contracts.schema.ContractDocument;

/** Reads and writes acceptance results (验收结论), validating every time. */
public final class AcceptanceResultMarshaller extends ContractMarshaller<AcceptanceResult> {

    public AcceptanceResultMarshaller() {
        super(ContractDocument.ACCEPTANCE_RESULT, AcceptanceResult.class);
    }
}
