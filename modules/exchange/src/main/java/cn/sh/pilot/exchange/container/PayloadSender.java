package cn.sh.pilot.exchange.container;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.PackageError;

/**
 * Finds the sender a payload claims: the root element's first child must be
 * {@code {urn:cn:sh:pilot:common:v1}Sender} and its first child {@code Code}. A bounded StAX
 * peek: reads at most a fixed number of bytes and stops at the code, so the payload is neither
 * parsed whole nor held in memory. Any DOCTYPE is refused.
 */
public final class PayloadSender {

    private static final int MAX_CODE_LENGTH = 64;

    private PayloadSender() {
    }

    /** Reads at most {@code maxBytes} of {@code in} (without closing it) and returns the sender code. */
    public static String peek(InputStream in, int maxBytes, String entryName) throws RefusedException, IOException {
        XMLStreamReader reader = null;
        try {
            reader = ParserFactories.streamReader(new BoundedStream(in, maxBytes));
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new RefusedException(PackageError.DTD_REFUSED, entryName);
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (depth == 2) {
                        expect(reader, "Sender", entryName);
                    } else if (depth == 3) {
                        expect(reader, "Code", entryName);
                        String code = reader.getElementText().strip();
                        if (code.isEmpty() || code.length() > MAX_CODE_LENGTH) {
                            throw missing(entryName, "Sender/Code is empty or too long");
                        }
                        return code;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    throw missing(entryName, "Sender/Code must be the root element's first child");
                }
            }
            throw missing(entryName, "no Sender/Code");
        } catch (XMLStreamException e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof IOException io) {
                    throw io; // a limit or read failure underneath, not a problem of the XML
                }
                if (t instanceof XMLStreamException x && x.getNestedException() instanceof IOException io) {
                    throw io;
                }
            }
            if (e.getMessage() != null && e.getMessage().contains("DOCTYPE")) {
                throw new RefusedException(PackageError.DTD_REFUSED, entryName, e);
            }
            throw missing(entryName, "not well-formed XML within the first " + maxBytes + " bytes: " + e.getMessage());
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader never fails in a way that changes the verdict
                }
            }
        }
    }

    private static void expect(XMLStreamReader reader, String localName, String entryName) throws RefusedException {
        if (!PackageFormat.COMMON_NS.equals(reader.getNamespaceURI()) || !localName.equals(reader.getLocalName())) {
            throw missing(entryName, "found {" + reader.getNamespaceURI() + "}" + reader.getLocalName()
                    + " where {" + PackageFormat.COMMON_NS + "}" + localName + " belongs");
        }
    }

    private static RefusedException missing(String entryName, String why) {
        return new RefusedException(PackageError.PAYLOAD_SENDER_MISSING, entryName + ": " + why);
    }
}
