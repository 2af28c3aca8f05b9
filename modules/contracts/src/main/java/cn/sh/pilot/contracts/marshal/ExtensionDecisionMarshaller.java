package cn.sh.pilot.contracts.marshal;

import cn.sh.pilot.contracts.extension.v1.ExtensionDecision;
import cn.sh.pilot.contracts.schema.ContractDocument;

/** Reads and writes extension decisions (延期决定), validating every time. */
public final class ExtensionDecisionMarshaller extends ContractMarshaller<ExtensionDecision> {

    public ExtensionDecisionMarshaller() {
        super(ContractDocument.EXTENSION_DECISION, ExtensionDecision.class);
    }
}
