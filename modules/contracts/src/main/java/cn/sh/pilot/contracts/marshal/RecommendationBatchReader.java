package cn.sh.pilot.contracts.marshal;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;

import cn.sh.pilot.contracts.batch.v1.Header;
import cn.sh.pilot.contracts.batch.v1.Item;
import cn.sh.pilot.contracts.batch.v1.RecommendationBatch;
import cn.sh.pilot.contracts.common.v1.Party;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.schema.ContractDocument;
import cn.sh.pilot.contracts.schema.SchemaError;
import cn.sh.pilot.contracts.xml.SecureXml;

/**
 * Reads a recommendation batch of any size item by item.
 *
 * <p>{@link #open(ByteSource)} first validates the whole document in one streaming pass (secure
 * SAX parser and schema validator, nothing kept but counters) and checks the header's item count;
 * only a batch that passes is then read a second time with StAX, binding the sender, the header
 * and one {@link Item} at a time. So an invalid batch yields no item at all, and memory holds one
 * item, not the batch. The source must give the same bytes both times: the reader compares the
 * SHA-256 of both passes at the end and refuses if they differ.
 *
 * <p>Not thread-safe: one reader per batch and thread.
 */
public final class RecommendationBatchReader implements AutoCloseable {

    private static final String BATCH_NS = ContractDocument.RECOMMENDATION_BATCH.namespace();
    private static final QName ITEM = new QName(BATCH_NS, "Item");

    private final InputStream in;
    private final DigestInputStream digesting;
    private final byte[] firstPassDigest;
    private final XMLStreamReader xml;
    private final Unmarshaller unmarshaller;
    private final Party sender;
    private final Header header;
    private int delivered;
    private boolean finished;

    private RecommendationBatchReader(InputStream in, byte[] firstPassDigest) throws RefusedException {
        this.in = in;
        this.digesting = new DigestInputStream(in, sha256());
        this.firstPassDigest = firstPassDigest;
        try {
            this.xml = SecureXml.xmlInputFactory().createXMLStreamReader(digesting);
            this.unmarshaller = JaxbContexts.of(RecommendationBatch.class).createUnmarshaller();
            unmarshaller.setEventHandler(event -> false);
            toNextStart();
            xml.next();
            toNextStart();
            this.sender = unmarshaller.unmarshal(xml, Party.class).getValue();
            toNextStart();
            this.header = unmarshaller.unmarshal(xml, Header.class).getValue();
        } catch (XMLStreamException | JAXBException e) {
            close();
            throw new RefusedException(SchemaError.READ_FAILED, "reading the batch header: " + e.getMessage(), e);
        }
    }

    /**
     * Validates the whole batch, then opens it for reading item by item.
     *
     * @throws RefusedException with a {@link SchemaError} id if the batch is not valid, or its
     *         header's item count is wrong; no item is read in that case
     */
    public static RecommendationBatchReader open(ByteSource source) throws RefusedException {
        ItemCounter counter = new ItemCounter();
        byte[] digest;
        try (InputStream raw = source.open(); DigestInputStream in = new DigestInputStream(raw, sha256())) {
            new ValidatingParser(ContractDocument.RECOMMENDATION_BATCH).parse(in, counter);
            in.transferTo(java.io.OutputStream.nullOutputStream());
            digest = in.getMessageDigest().digest();
        } catch (IOException e) {
            throw new RefusedException(SchemaError.READ_FAILED, e.getMessage(), e);
        }
        if (counter.declared != counter.items) {
            throw new RefusedException(SchemaError.ITEM_COUNT_MISMATCH, "/RecommendationBatch/Header/ItemCount says "
                    + counter.declared + ", the batch has " + counter.items + " Item elements");
        }
        try {
            return new RecommendationBatchReader(source.open(), digest);
        } catch (IOException e) {
            throw new RefusedException(SchemaError.READ_FAILED, e.getMessage(), e);
        }
    }

    /** The batch's {@code cm:Sender}: the claimed signer. */
    public Party sender() {
        return sender;
    }

    public Header header() {
        return header;
    }

    /** The next item in document order, or empty after the last one. */
    public Optional<Item> next() throws RefusedException {
        if (finished) {
            return Optional.empty();
        }
        try {
            if (toNextStart() && ITEM.equals(xml.getName())) {
                Item item = unmarshaller.unmarshal(xml, Item.class).getValue();
                delivered++;
                return Optional.of(item);
            }
            finished = true;
            digesting.transferTo(java.io.OutputStream.nullOutputStream());
            if (!Arrays.equals(firstPassDigest, digesting.getMessageDigest().digest())) {
                throw new RefusedException(SchemaError.READ_FAILED,
                        "the batch changed between validation and reading; read " + delivered + " items");
            }
            return Optional.empty();
        } catch (XMLStreamException | JAXBException | IOException e) {
            throw new RefusedException(SchemaError.READ_FAILED, "reading item " + (delivered + 1) + ": " + e.getMessage(), e);
        }
    }

    /** Moves to the next start tag; false at the end of the root element or document. */
    private boolean toNextStart() throws XMLStreamException {
        while (true) {
            int event = xml.getEventType();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_DOCUMENT || !xml.hasNext()) {
                return false;
            }
            if (event == XMLStreamConstants.END_ELEMENT
                    && ContractDocument.RECOMMENDATION_BATCH.root().equals(xml.getName())) {
                return false;
            }
            xml.next();
        }
    }

    @Override
    public void close() {
        try {
            if (xml != null) {
                xml.close();
            }
        } catch (XMLStreamException ignored) {
            // closing the stream below is what matters
        }
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts the root's Item children and reads the header's ItemCount while validation streams by. */
    private static final class ItemCounter extends DefaultHandler {
        private int depth;
        private int items;
        private int declared = -1;
        private boolean inHeader;
        private StringBuilder text;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            depth++;
            if (depth == 2 && BATCH_NS.equals(uri)) {
                if ("Item".equals(localName)) {
                    items++;
                }
                inHeader = "Header".equals(localName);
            } else if (depth == 3 && inHeader && "ItemCount".equals(localName)) {
                text = new StringBuilder();
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (text != null) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (text != null) {
                declared = Integer.parseInt(text.toString().strip());
                text = null;
            }
            depth--;
        }
    }
}
