package cn.sh.pilot.exchange.container;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.xml.sax.SAXException;

import cn.sh.pilot.contracts.xml.SecureXml;

/**
 * The hardened factories from {@link SecureXml}, made once per JVM. JAXP looks for a factory
 * implementation on the class path every time one is created; making them once keeps
 * verification from reading anything but the package (and saves that lookup on every package).
 */
public final class ParserFactories {

    private static final XMLInputFactory STAX = SecureXml.xmlInputFactory();
    private static final DocumentBuilderFactory DOM = SecureXml.documentBuilderFactory();

    private ParserFactories() {
    }

    /** A StAX reader from the shared hardened factory. */
    public static XMLStreamReader streamReader(java.io.InputStream in) throws XMLStreamException {
        synchronized (STAX) {
            return STAX.createXMLStreamReader(in);
        }
    }

    /** A DOM builder from the shared hardened factory, configured as {@link SecureXml#documentBuilder()} does. */
    public static DocumentBuilder documentBuilder() {
        try {
            DocumentBuilder b;
            synchronized (DOM) {
                b = DOM.newDocumentBuilder();
            }
            b.setErrorHandler(SecureXml.THROWING);
            b.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
