package cn.sh.pilot.exchange.inbox;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.schema.SchemaError;
import cn.sh.pilot.contracts.xml.SecureXml;

/** Reads a payload's root element name with the secure StAX parser, reading no further than the root's start tag. */
final class PayloadRoot {

    private PayloadRoot() {
    }

    static QName of(ReceivedPackage pkg) throws IOException, RefusedException {
        try (InputStream in = pkg.openPayload()) {
            XMLStreamReader xml = SecureXml.xmlInputFactory().createXMLStreamReader(in);
            try {
                xml.nextTag();
                return xml.getName();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new RefusedException(SchemaError.NOT_WELL_FORMED, pkg.payloadName() + ": " + e.getMessage(), e);
        }
    }
}
