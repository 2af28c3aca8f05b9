package cn.sh.pilot.intake.infrastructure.xml;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.marshal.ApplicationMarshaller;
import cn.sh.pilot.intake.domain.application.ApplicationDocumentReader;
import cn.sh.pilot.intake.domain.application.ReceivedApplication;

import java.io.InputStream;
import java.time.Instant;

/** Reads an application document: secure parse and schema check ({@link ApplicationMarshaller}), then mapping. */
public final class ApplicationXmlReader implements ApplicationDocumentReader {

    private final ApplicationMarshaller marshaller = new ApplicationMarshaller();
    private final ApplicationMapper mapper = new ApplicationMapper();

    @Override
    public ReceivedApplication read(InputStream document, String recommenderCode, Instant receivedAt) throws RefusedException {
        return mapper.toDomain(marshaller.read(document), recommenderCode, receivedAt);
    }
}
