package cn.sh.pilot.contracts.marshal;

import cn.sh.pilot.contracts.extension.v1.ExtensionRequest;
import cn.sh.pilot.contracts.schema.ContractDocument;

/** Reads and writes extension requests (延期申请), validating every time. */
public final class ExtensionRequestMarshaller extends ContractMarshaller<ExtensionRequest> {

    public ExtensionRequestMarshaller() {
        super(ContractDocument.EXTENSION_REQUEST, ExtensionRequest.class);
    }
}
