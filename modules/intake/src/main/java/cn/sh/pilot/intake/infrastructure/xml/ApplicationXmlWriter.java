package cn.sh.pilot.intake.infrastructure.xml;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.marshal.ApplicationMarshaller;
import cn.sh.pilot.intake.domain.application.Application;

/** Writes a submitted application as its document, validated against the schema before the bytes are handed out. */
public final class ApplicationXmlWriter {

    private final ApplicationMarshaller marshaller = new ApplicationMarshaller();
    private final ApplicationMapper mapper = new ApplicationMapper();

    /** UTF-8 XML of {@code application}, sent by {@code senderCode} / {@code senderName} (normally this site). */
    public byte[] write(Application application, String senderCode, String senderName) throws RefusedException {
        return marshaller.write(mapper.toContract(application, senderCode, senderName));
    }
}
