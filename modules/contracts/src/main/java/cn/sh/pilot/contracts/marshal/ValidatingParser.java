package cn.sh.pilot.contracts.marshal;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.validation.ValidatorHandler;

import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.schema.ContractDocument;
import cn.sh.pilot.contracts.schema.SchemaError;
import cn.sh.pilot.contracts.schema.SchemaSet;
import cn.sh.pilot.contracts.xml.SecureXml;

/**
 * Streams a document through the secure SAX parser, the root check and the document's schema,
 * handing the validated events on. The first problem stops the parse and becomes a
 * {@link RefusedException} with a {@link SchemaError} id and a detail naming line, column and
 * element path. Memory stays flat: nothing is kept but the current path.
 */
final class ValidatingParser {

    private static final String LOCALE = "http://apache.org/xml/properties/locale";

    private final ContractDocument document;

    ValidatingParser(ContractDocument document) {
        this.document = document;
    }

    /** Parses {@code in} to its end; the stream is left open for the caller to close. */
    void parse(InputStream in, ContentHandler downstream) throws RefusedException {
        InputSource input = new InputSource(new FilterInputStream(in) {
            @Override
            public void close() {
                // the caller owns the stream
            }
        });
        XMLReader reader = SecureXml.xmlReader();
        ValidatorHandler validator = SchemaSet.contracts().schema(document).newValidatorHandler();
        english(reader, validator);
        validator.setResourceResolver((type, ns, publicId, systemId, base) -> {
            throw new SecurityException("schema location hints are ignored: " + systemId);
        });
        validator.setContentHandler(downstream);
        ElementPath path = new ElementPath(document.root(), validator);
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings do not decide anything
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                throw schemaViolation(e, path);
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw schemaViolation(e, path);
            }
        });
        reader.setContentHandler(path);
        try {
            reader.parse(input);
        } catch (Refusal r) {
            throw r.toRefused();
        } catch (SAXParseException e) {
            throw parseFailure(e, path);
        } catch (SAXException e) {
            Throwable cause = e.getException() != null ? e.getException() : e.getCause();
            if (cause instanceof Refusal r) {
                throw r.toRefused();
            }
            throw new RefusedException(SchemaError.INVALID_VALUE, path.where() + ": " + message(e), e);
        } catch (CharConversionException e) {
            throw new RefusedException(SchemaError.NOT_WELL_FORMED, path.where() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new RefusedException(SchemaError.READ_FAILED, path.where() + ": " + e.getMessage(), e);
        } catch (SecurityException e) {
            throw new RefusedException(SchemaError.SCHEMA_INVALID, path.where() + ": " + e.getMessage(), e);
        }
    }

    private static Refusal schemaViolation(SAXParseException e, ElementPath path) {
        String message = String.valueOf(e.getMessage());
        int colon = message.indexOf(':');
        String key = message.startsWith("cvc-") && colon > 0 ? message.substring(0, colon) : "";
        return new Refusal(SchemaError.ofSchemaKey(key), position(e) + "at " + path.current() + ": " + message);
    }

    private static RefusedException parseFailure(SAXParseException e, ElementPath path) {
        String message = String.valueOf(e.getMessage());
        SchemaError id;
        if (message.contains("disallow-doctype-decl") || message.contains("DOCTYPE")) {
            id = SchemaError.DOCTYPE_REFUSED;
        } else if (message.contains("JAXP0001") || message.contains("jdk.xml.")) {
            id = SchemaError.LIMIT_EXCEEDED;
        } else {
            id = SchemaError.NOT_WELL_FORMED;
        }
        return new RefusedException(id, position(e) + "at " + path.current() + ": " + message, e);
    }

    private static String position(SAXParseException e) {
        return e.getLineNumber() < 0 ? "" : "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ", ";
    }

    private static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    /** Messages in English keep the {@code cvc-} keys and the details readable in logs and receipts. */
    private static void english(XMLReader reader, ValidatorHandler validator) {
        try {
            reader.setProperty(LOCALE, Locale.ENGLISH);
        } catch (SAXException ignored) {
            // keys are locale-independent; only the wording would differ
        }
        try {
            validator.setProperty(LOCALE, Locale.ENGLISH);
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (SAXException ignored) {
            // as above; external access is already off in the compiled schema's factory
        }
    }
}
