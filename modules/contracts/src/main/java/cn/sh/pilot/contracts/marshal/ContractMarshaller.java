package cn.sh.pilot.contracts.marshal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.transform.stream.StreamResult;

import org.xml.sax.helpers.DefaultHandler;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.JAXBIntrospector;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.UnmarshallerHandler;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.schema.ContractDocument;
import cn.sh.pilot.contracts.schema.SchemaError;
import cn.sh.pilot.contracts.xml.SecureXml;

/**
 * Reads and writes one kind of exchanged document, validating against its XSD every time.
 *
 * <p>Reading parses only through {@link SecureXml}, checks the root element, validates while
 * binding, and refuses with a {@link SchemaError} id. Writing binds to bytes and validates those
 * very bytes before handing them out, so nothing invalid leaves the product. The JAXB context and
 * compiled schema are shared; marshallers and unmarshallers are made per call, so one instance
 * may serve many threads.
 *
 * @param <T> the generated class bound to the root element
 */
public abstract class ContractMarshaller<T> {

    private final ContractDocument document;
    private final Class<T> type;

    protected ContractMarshaller(ContractDocument document, Class<T> type) {
        if (document.type() != type) {
            throw new IllegalArgumentException(type + " is not the root class of " + document);
        }
        this.document = document;
        this.type = type;
    }

    /** The marshaller of any document, for code that handles payloads generically (e.g. by root element). */
    public static ContractMarshaller<?> forDocument(ContractDocument document) {
        return switch (document) {
            case APPLICATION -> new ApplicationMarshaller();
            case RECOMMENDATION_BATCH -> new RecommendationBatchMarshaller();
            case RECEIPT -> new ReceiptMarshaller();
            case DECISION_NOTICE -> new DecisionNoticeMarshaller();
            case PROGRESS_REPORT -> new ProgressReportMarshaller();
            case EXTENSION_REQUEST -> new ExtensionRequestMarshaller();
            case EXTENSION_DECISION -> new ExtensionDecisionMarshaller();
            case ACCEPTANCE_APPLICATION -> new AcceptanceApplicationMarshaller();
            case ACCEPTANCE_RESULT -> new AcceptanceResultMarshaller();
            case ARCHIVAL_RECORD -> new ArchivalRecordMarshaller();
        };
    }

    /** The document this marshaller handles. */
    public final ContractDocument document() {
        return document;
    }

    /** Parses, validates and binds a document; the stream is read to its end but not closed. */
    public final T read(InputStream in) throws RefusedException {
        try {
            Unmarshaller unmarshaller = JaxbContexts.of(type).createUnmarshaller();
            unmarshaller.setEventHandler(event -> false);
            UnmarshallerHandler handler = unmarshaller.getUnmarshallerHandler();
            new ValidatingParser(document).parse(in, handler);
            T value = type.cast(JAXBIntrospector.getValue(handler.getResult()));
            check(value);
            return value;
        } catch (JAXBException e) {
            throw new RefusedException(SchemaError.INVALID_VALUE, String.valueOf(e.getMessage()), e);
        }
    }

    public final T read(byte[] xml) throws RefusedException {
        return read(new ByteArrayInputStream(xml));
    }

    public final T read(Path file) throws RefusedException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new RefusedException(SchemaError.READ_FAILED, file + ": " + e.getMessage(), e);
        }
    }

    /** Validates without binding; memory does not grow with the document. */
    public final void validate(InputStream in) throws RefusedException {
        new ValidatingParser(document).parse(in, new DefaultHandler());
    }

    /** Writes any object of this marshaller's type (for generic callers holding a {@code ContractMarshaller<?>}). */
    public final byte[] writeObject(Object value) throws RefusedException {
        return write(type.cast(value));
    }

    /** Binds a document to UTF-8 XML and returns the bytes once they have validated. */
    public final byte[] write(T value) throws RefusedException {
        check(value);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            Marshaller marshaller = JaxbContexts.of(type).createMarshaller();
            marshaller.setEventHandler(event -> false);
            marshaller.marshal(value, new PreferredPrefixes(serializer(buffer)));
        } catch (JAXBException e) {
            throw new RefusedException(SchemaError.INVALID_VALUE, "writing " + document.root().getLocalPart()
                    + ": " + e, e);
        }
        byte[] xml = buffer.toByteArray();
        validate(new ByteArrayInputStream(xml));
        return xml;
    }

    /** Writes the validated bytes of {@link #write(Object)} to {@code out}. */
    public final void write(T value, OutputStream out) throws RefusedException, IOException {
        out.write(write(value));
    }

    /**
     * Contract checks that XSD 1.0 cannot state (none by default); a subclass refuses with a
     * {@link SchemaError} id. Runs after every read and before every write.
     */
    protected void check(T value) throws RefusedException {
    }

    private static TransformerHandler serializer(OutputStream out) {
        try {
            SAXTransformerFactory factory = (SAXTransformerFactory) SecureXml.transformerFactory();
            TransformerHandler handler = factory.newTransformerHandler();
            handler.getTransformer().setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            handler.getTransformer().setOutputProperty(OutputKeys.INDENT, "yes");
            handler.getTransformer().setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            handler.setResult(new StreamResult(out));
            return handler;
        } catch (TransformerConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
