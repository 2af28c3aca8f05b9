package cn.sh.pilot.contracts.marshal;

import cn.sh.pilot.contracts.application.v1.Application;
import cn.sh.pilot.contracts.schema.ContractDocument;

/** Reads and writes applications (申请), validating every time. */
public final class ApplicationMarshaller extends ContractMarshaller<Application> {

    public ApplicationMarshaller() {
        super(ContractDocument.APPLICATION, Application.class);
    }
}
