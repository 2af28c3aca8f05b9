package cn.sh.pilot.contracts.marshal;

import java.util.Map;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Renames namespace prefixes on the way out so written documents read like the samples
 * ({@code cm:}, {@code ap:}, {@code bt:} …) instead of the binding runtime's {@code ns2:}.
 * Only prefixes change; names and namespaces do not.
 */
final class PreferredPrefixes extends XMLFilterImpl {

    static final Map<String, String> PREFIXES = Map.of(
            "urn:cn:sh:pilot:common:v1", "cm",
            "urn:cn:sh:pilot:application:v1", "ap",
            "urn:cn:sh:pilot:batch:v1", "bt",
            "urn:cn:sh:pilot:receipt:v1", "rc",
            "urn:cn:sh:pilot:decision:v1", "dc",
            "urn:cn:sh:pilot:progress:v1", "pr",
            "urn:cn:sh:pilot:extension:v1", "ex",
            "urn:cn:sh:pilot:acceptance:v1", "ac",
            "urn:cn:sh:pilot:archive:v1", "ar");

    PreferredPrefixes(ContentHandler next) {
        setContentHandler(next);
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        super.startPrefixMapping(PREFIXES.getOrDefault(uri, prefix), uri);
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        // the serializer closes scopes by element; renamed prefixes need no explicit end
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        AttributesImpl renamed = new AttributesImpl(atts);
        for (int i = 0; i < renamed.getLength(); i++) {
            renamed.setQName(i, qualified(renamed.getURI(i), renamed.getLocalName(i), renamed.getQName(i)));
        }
        super.startElement(uri, localName, qualified(uri, localName, qName), renamed);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        super.endElement(uri, localName, qualified(uri, localName, qName));
    }

    private static String qualified(String uri, String localName, String qName) {
        String prefix = uri == null ? null : PREFIXES.get(uri);
        return prefix == null ? qName : prefix + ":" + localName;
    }
}
