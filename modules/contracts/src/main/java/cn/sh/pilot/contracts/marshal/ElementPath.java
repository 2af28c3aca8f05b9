package cn.sh.pilot.contracts.marshal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import javax.xml.namespace.QName;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

import cn.sh.pilot.contracts.schema.SchemaError;

/**
 * Passes SAX events on unchanged while keeping the path of the current element (for error
 * messages, e.g. {@code /RecommendationBatch/Item[3]/Application/Applicant/Uscc}) and checking
 * that the root is the expected element before any schema rule runs.
 */
final class ElementPath implements ContentHandler {

    private final QName expectedRoot;
    private final ContentHandler next;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private Locator locator;

    private static final class Frame {
        final String label;
        final Map<String, Integer> childCounts = new HashMap<>();

        Frame(String label) {
            this.label = label;
        }
    }

    ElementPath(QName expectedRoot, ContentHandler next) {
        this.expectedRoot = expectedRoot;
        this.next = next;
    }

    /** The path of the element being read, or {@code /} before the root. */
    String current() {
        if (stack.isEmpty()) {
            return "/";
        }
        StringBuilder b = new StringBuilder();
        for (Iterator<Frame> it = stack.descendingIterator(); it.hasNext();) {
            b.append('/').append(it.next().label);
        }
        return b.toString();
    }

    /** "line L, column C, at PATH" for the parser's current position. */
    String where() {
        return (locator == null ? "" : "line " + locator.getLineNumber() + ", column " + locator.getColumnNumber() + ", ")
                + "at " + current();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (stack.isEmpty()) {
            checkRoot(uri, localName);
            stack.push(new Frame(localName));
        } else {
            int n = stack.peek().childCounts.merge(localName, 1, Integer::sum);
            stack.push(new Frame(n == 1 ? localName : localName + "[" + n + "]"));
        }
        next.startElement(uri, localName, qName, atts);
    }

    private void checkRoot(String uri, String localName) throws SAXException {
        if (!expectedRoot.getNamespaceURI().equals(uri)) {
            throw new Refusal(SchemaError.WRONG_NAMESPACE, where() + localName + ": root element is in namespace '"
                    + uri + "', expected '" + expectedRoot.getNamespaceURI() + "'");
        }
        if (!expectedRoot.getLocalPart().equals(localName)) {
            throw new Refusal(SchemaError.WRONG_ROOT_ELEMENT, where() + localName + ": root element is " + localName
                    + ", expected " + expectedRoot.getLocalPart());
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        next.endElement(uri, localName, qName);
        stack.pop();
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
        next.setDocumentLocator(locator);
    }

    @Override
    public void startDocument() throws SAXException {
        next.startDocument();
    }

    @Override
    public void endDocument() throws SAXException {
        next.endDocument();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        next.startPrefixMapping(prefix, uri);
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        next.endPrefixMapping(prefix);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        next.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        next.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        next.processingInstruction(target, data);
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        next.skippedEntity(name);
    }
}
