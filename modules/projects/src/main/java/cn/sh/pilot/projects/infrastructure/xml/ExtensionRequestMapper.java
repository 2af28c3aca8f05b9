package cn.sh.pilot.projects.infrastructure.xml;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.marshal.ExtensionRequestMarshaller;
import cn.sh.pilot.projects.domain.project.ExtensionRequest;
import cn.sh.pilot.projects.domain.project.ProjectNumber;

import java.util.UUID;

/**
 * {@code ex:ExtensionRequest} ↔ {@link ExtensionRequest}. {@link #read} validates against the XSD and binds;
 * {@link #write} binds and validates before handing out the bytes.
 */
public final class ExtensionRequestMapper {

    private final ExtensionRequestMarshaller marshaller = new ExtensionRequestMarshaller();

    public ExtensionRequest read(byte[] xml) throws RefusedException {
        return toDomain(marshaller.read(xml));
    }

    public byte[] write(ExtensionRequest request) throws RefusedException {
        return marshaller.write(toContract(request));
    }

    public ExtensionRequest toDomain(cn.sh.pilot.contracts.extension.v1.ExtensionRequest xml) throws RefusedException {
        return new ExtensionRequest(UUID.fromString(xml.getRequestId()), XmlValues.organisation(xml.getSender()),
                ProjectNumber.parse(xml.getProjectNumber()), xml.getCurrentTermEnd(), xml.getMonths(), xml.getReason(),
                XmlValues.attachments(xml.getAttachments()), XmlValues.instant(xml.getSubmitted()));
    }

    public cn.sh.pilot.contracts.extension.v1.ExtensionRequest toContract(ExtensionRequest request) {
        var xml = new cn.sh.pilot.contracts.extension.v1.ExtensionRequest();
        xml.setSender(XmlValues.party(request.sender()));
        xml.setRequestId(request.requestId().toString());
        xml.setProjectNumber(request.projectNumber().value());
        xml.setCurrentTermEnd(request.currentTermEnd());
        xml.setMonths(request.months());
        xml.setReason(request.reason());
        xml.setAttachments(XmlValues.attachments(request.attachments()));
        xml.setSubmitted(XmlValues.dateTime(request.submitted()));
        return xml;
    }
}
