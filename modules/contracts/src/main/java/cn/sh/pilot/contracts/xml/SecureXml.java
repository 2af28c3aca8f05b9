package cn.sh.pilot.contracts.xml;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The one place the product builds XML parsers, schema factories and transformers.
 *
 * <p>Every factory refuses DTDs (so no entity expansion and no external entities), XInclude,
 * and any access to external DTDs, schemas or stylesheets; the JDK's processing limits are
 * tightened to {@link #MAX_ELEMENT_DEPTH}, {@link #MAX_ATTRIBUTES} and
 * {@link #MAX_ENTITY_SIZE}. Nothing here opens a file or a network connection by itself.
 */
public final class SecureXml {

    /** Deepest element nesting accepted in any exchanged document. */
    public static final int MAX_ELEMENT_DEPTH = 64;
    /** Most attributes accepted on one element. */
    public static final int MAX_ATTRIBUTES = 64;
    /** Largest text accumulated for one general entity, kept tiny since DTDs are refused. */
    public static final int MAX_ENTITY_SIZE = 1024;

    private static final String JDK = "jdk.xml.";

    private SecureXml() {
    }

    /** A namespace-aware DOM factory that refuses DOCTYPE declarations outright. */
    public static DocumentBuilderFactory documentBuilderFactory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser lacks a required security feature", e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setAttribute(JDK + "maxElementDepth", String.valueOf(MAX_ELEMENT_DEPTH));
        f.setAttribute(JDK + "elementAttributeLimit", String.valueOf(MAX_ATTRIBUTES));
        f.setAttribute(JDK + "maxGeneralEntitySizeLimit", String.valueOf(MAX_ENTITY_SIZE));
        f.setAttribute(JDK + "entityExpansionLimit", "0");
        return f;
    }

    /** A document builder from {@link #documentBuilderFactory()} whose errors are thrown, not printed. */
    public static DocumentBuilder documentBuilder() {
        try {
            DocumentBuilder b = documentBuilderFactory().newDocumentBuilder();
            b.setErrorHandler(THROWING);
            b.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A namespace-aware SAX factory with the same refusals and limits as
     * {@link #documentBuilderFactory()}; the streaming validators read through it.
     */
    public static SAXParserFactory saxParserFactory() {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setXIncludeAware(false);
        f.setValidating(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("SAX parser lacks a required security feature", e);
        }
        return f;
    }

    /**
     * A SAX reader from {@link #saxParserFactory()} with the JDK's processing limits tightened,
     * external entities refused and errors thrown, not printed.
     */
    public static XMLReader xmlReader() {
        try {
            javax.xml.parsers.SAXParser parser = saxParserFactory().newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            parser.setProperty(JDK + "maxElementDepth", String.valueOf(MAX_ELEMENT_DEPTH));
            parser.setProperty(JDK + "elementAttributeLimit", String.valueOf(MAX_ATTRIBUTES));
            parser.setProperty(JDK + "maxGeneralEntitySizeLimit", String.valueOf(MAX_ENTITY_SIZE));
            parser.setProperty(JDK + "entityExpansionLimit", "0");
            XMLReader reader = parser.getXMLReader();
            reader.setErrorHandler(THROWING);
            reader.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("SAX parser lacks a required security property", e);
        }
    }

    /** A W3C XML Schema factory that reads schemas only from what the caller hands it. */
    public static SchemaFactory schemaFactory() {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            // schemas import each other through a resource resolver, never by URL
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("schema factory lacks a required security feature", e);
        }
        f.setErrorHandler(THROWING);
        return f;
    }

    /** A StAX factory with DTDs and external entities off, for streaming large payloads. */
    public static XMLInputFactory xmlInputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new javax.xml.stream.XMLStreamException("external entity refused: " + systemId);
        });
        return f;
    }

    /** A transformer factory that may not load external stylesheets or DTDs. */
    public static TransformerFactory transformerFactory() {
        TransformerFactory f = TransformerFactory.newInstance();
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        return f;
    }

    /** An error handler that turns every warning and error into an exception. */
    public static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
