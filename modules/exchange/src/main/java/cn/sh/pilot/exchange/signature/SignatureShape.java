package cn.sh.pilot.exchange.signature;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.container.ParserFactories;
import cn.sh.pilot.exchange.PackageError;
import cn.sh.pilot.exchange.container.EntryName;
import cn.sh.pilot.exchange.container.EntryRole;
import cn.sh.pilot.exchange.container.PackageFormat;
import cn.sh.pilot.exchange.trust.Pem;

/**
 * Parses {@code META-INF/signatures.xml} and holds it to the one shape the format allows, before
 * any cryptography runs. An allow-list, not a deny-list: exactly one {@code ds:Signature} as the
 * root; SignedInfo with exclusive c14n, RSA-SHA256 or ECDSA-SHA256 and SHA-256 references;
 * entry references whose URI is a checked entry name with no transforms; one reference
 * {@code #signing-time} with only exclusive c14n, resolving to the one
 * {@code ds:Object/ds:SignatureProperties} of this signature; KeyInfo with one X509Certificate;
 * unique Ids. Anything else is refused, which is what defeats signature wrapping.
 */
final class SignatureShape {

    /** One entry reference: the entry it names and the digest it claims. */
    record EntryReference(String uri, byte[] digest) {
    }

    /** The parts of an accepted signature document. */
    record Parts(Document document, Element signature, SignatureAlgorithm algorithm, List<EntryReference> entries,
                 X509Certificate certificate, OffsetDateTime signingTime) {
    }

    private SignatureShape() {
    }

    static Parts parse(byte[] xml) throws RefusedException {
        refuseDoctype(xml);
        Document doc;
        try {
            doc = ParserFactories.documentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            throw new RefusedException(PackageError.SIGNATURE_MALFORMED, "not well-formed XML: " + e.getMessage(), e);
        }
        int signatures = doc.getElementsByTagNameNS(XmlDsig.NS, "Signature").getLength();
        if (signatures != 1) {
            throw new RefusedException(PackageError.SIGNATURE_NOT_SINGLE, signatures + " ds:Signature elements");
        }
        Element signature = doc.getDocumentElement();
        if (!isDs(signature, "Signature")) {
            throw malformed("the document element must be ds:Signature");
        }
        checkIdsUnique(doc.getDocumentElement(), new HashSet<>());
        List<Element> parts = children(signature);
        if (parts.size() < 3 || !isDs(parts.get(0), "SignedInfo") || !isDs(parts.get(1), "SignatureValue")
                || !isDs(parts.get(2), "KeyInfo")) {
            throw malformed("ds:Signature must hold SignedInfo, SignatureValue, KeyInfo, Object in this order");
        }
        List<Element> objects = parts.subList(3, parts.size());
        for (Element o : objects) {
            if (!isDs(o, "Object")) {
                throw malformed("unexpected " + o.getTagName() + " in ds:Signature");
            }
        }
        if (objects.size() > 1) {
            throw new RefusedException(PackageError.SIGNATURE_WRAPPING, objects.size() + " ds:Object elements; one is allowed");
        }
        String signatureId = signature.getAttribute("Id");
        if (signatureId.isEmpty()) {
            throw malformed("ds:Signature needs an Id for its signing-time property to target");
        }
        signature.setIdAttributeNS(null, "Id", true);

        Element signedInfo = parts.get(0);
        List<Element> si = children(signedInfo);
        if (si.size() < 3 || !isDs(si.get(0), "CanonicalizationMethod") || !isDs(si.get(1), "SignatureMethod")) {
            throw malformed("SignedInfo must hold CanonicalizationMethod, SignatureMethod and References");
        }
        if (!XmlDsig.EXC_C14N.equals(si.get(0).getAttribute("Algorithm"))) {
            throw new RefusedException(PackageError.WEAK_ALGORITHM, "canonicalization " + si.get(0).getAttribute("Algorithm"));
        }
        if (!children(si.get(0)).isEmpty() || !children(si.get(1)).isEmpty()) {
            throw malformed("CanonicalizationMethod and SignatureMethod take no parameters");
        }
        SignatureAlgorithm algorithm = SignatureAlgorithm.byUri(si.get(1).getAttribute("Algorithm"))
                .orElseThrow(() -> new RefusedException(PackageError.WEAK_ALGORITHM,
                        "signature method " + si.get(1).getAttribute("Algorithm")));
        List<Element> references = si.subList(2, si.size());
        for (Element ref : references) {
            checkAlgorithms(ref);
        }

        Element properties = signingTimeProperties(objects, signatureId);
        OffsetDateTime signingTime = signingTime(properties);
        List<EntryReference> entries = new ArrayList<>();
        Set<String> uris = new HashSet<>();
        int timeReferences = 0;
        for (Element ref : references) {
            if (!ref.hasAttribute("URI")) {
                throw new RefusedException(PackageError.SIGNATURE_WRAPPING, "a reference without URI");
            }
            String uri = ref.getAttribute("URI");
            if (!uris.add(uri)) {
                throw new RefusedException(PackageError.SIGNATURE_WRAPPING, "two references to " + uri);
            }
            if (uri.startsWith("#")) {
                timeReferences++;
                checkTimeReference(ref, uri, properties);
            } else {
                entries.add(new EntryReference(checkEntryUri(ref, uri), digestValue(ref)));
            }
        }
        if (timeReferences == 0) {
            throw new RefusedException(PackageError.SIGNING_TIME_MISSING, "no reference signs the signing time");
        }
        return new Parts(doc, signature, algorithm, entries, certificate(parts.get(2)), signingTime);
    }

    private static void refuseDoctype(byte[] xml) throws RefusedException {
        XMLStreamReader reader = null;
        try {
            reader = ParserFactories.streamReader(new ByteArrayInputStream(xml));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new RefusedException(PackageError.DTD_REFUSED, PackageFormat.SIGNATURE_ENTRY);
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return;
                }
            }
        } catch (XMLStreamException e) {
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw new RefusedException(PackageError.DTD_REFUSED, PackageFormat.SIGNATURE_ENTRY, e);
            }
            throw new RefusedException(PackageError.SIGNATURE_MALFORMED, "not well-formed XML: " + e.getMessage(), e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release that matters
                }
            }
        }
    }

    private static void checkAlgorithms(Element ref) throws RefusedException {
        if (!isDs(ref, "Reference")) {
            throw malformed("unexpected " + ref.getTagName() + " in SignedInfo");
        }
        List<Element> c = children(ref);
        Element digestMethod = c.stream().filter(e -> isDs(e, "DigestMethod")).findFirst()
                .orElseThrow(() -> malformed("a reference without DigestMethod"));
        if (!XmlDsig.SHA256.equals(digestMethod.getAttribute("Algorithm"))) {
            throw new RefusedException(PackageError.WEAK_ALGORITHM, "digest " + digestMethod.getAttribute("Algorithm")
                    + " for " + ref.getAttribute("URI"));
        }
        for (Element t : transforms(ref)) {
            String a = t.getAttribute("Algorithm");
            if (a.contains("c14n") && !a.equals(XmlDsig.EXC_C14N)) {
                throw new RefusedException(PackageError.WEAK_ALGORITHM, "transform " + a + " for " + ref.getAttribute("URI"));
            }
        }
    }

    private static List<Element> transforms(Element ref) throws RefusedException {
        List<Element> c = children(ref);
        if (!c.isEmpty() && isDs(c.get(0), "Transforms")) {
            return children(c.get(0));
        }
        return List.of();
    }

    private static String checkEntryUri(Element ref, String uri) throws RefusedException {
        EntryName name;
        try {
            name = EntryName.of(uri);
        } catch (RefusedException e) {
            throw new RefusedException(PackageError.SIGNATURE_WRAPPING, "reference URI '" + uri + "' is not an entry name ("
                    + e.id() + ")");
        }
        EntryRole role;
        try {
            role = EntryRole.of(name);
        } catch (RefusedException e) {
            throw new RefusedException(PackageError.SIGNATURE_WRAPPING, "reference URI '" + uri + "' names no place in the layout");
        }
        if (!role.signed() || !name.value().equals(uri)) {
            throw new RefusedException(PackageError.SIGNATURE_WRAPPING, "reference URI '" + uri + "' may not be signed");
        }
        List<Element> c = children(ref);
        if (c.size() != 2 || !isDs(c.get(0), "DigestMethod") || !isDs(c.get(1), "DigestValue")) {
            throw new RefusedException(PackageError.SIGNATURE_WRAPPING, "the reference to " + uri
                    + " must digest the entry's bytes as they are, with no transforms");
        }
        if (ref.hasAttribute("Type")) {
            throw malformed("the reference to " + uri + " carries a Type");
        }
        return uri;
    }

    private static void checkTimeReference(Element ref, String uri, Element properties) throws RefusedException {
        if (!uri.equals("#" + properties.getAttribute("Id"))) {
            throw new RefusedException(PackageError.SIGNATURE_WRAPPING, "reference " + uri
                    + " does not point at this signature's signing-time properties");
        }
        List<Element> c = children(ref);
        List<Element> transforms = transforms(ref);
        boolean onlyExclusive = transforms.isEmpty()
                || (transforms.size() == 1 && XmlDsig.EXC_C14N.equals(transforms.get(0).getAttribute("Algorithm"))
                && children(transforms.get(0)).isEmpty());
        if (!onlyExclusive) {
            throw new RefusedException(PackageError.SIGNATURE_WRAPPING, "reference " + uri + " may use exclusive c14n only");
        }
        int expected = c.size() == 3 ? 1 : 0;
        if (c.size() < 2 || c.size() > 3 || !isDs(c.get(expected), "DigestMethod") || !isDs(c.get(expected + 1), "DigestValue")) {
            throw malformed("reference " + uri + " is not Transforms?, DigestMethod, DigestValue");
        }
        String type = ref.getAttribute("Type");
        if (!type.isEmpty() && !XmlDsig.SIGNATURE_PROPERTIES_TYPE.equals(type)) {
            throw new RefusedException(PackageError.SIGNATURE_WRAPPING, "reference " + uri + " has Type " + type);
        }
    }

    private static Element signingTimeProperties(List<Element> objects, String signatureId) throws RefusedException {
        if (objects.isEmpty()) {
            throw new RefusedException(PackageError.SIGNING_TIME_MISSING, "no ds:Object");
        }
        List<Element> inObject = children(objects.get(0));
        if (inObject.size() != 1 || !isDs(inObject.get(0), "SignatureProperties") || !inObject.get(0).hasAttribute("Id")) {
            throw new RefusedException(PackageError.SIGNING_TIME_MISSING, "ds:Object must hold one ds:SignatureProperties with an Id");
        }
        Element properties = inObject.get(0);
        List<Element> props = children(properties);
        if (props.size() != 1 || !isDs(props.get(0), "SignatureProperty")
                || !("#" + signatureId).equals(props.get(0).getAttribute("Target"))) {
            throw new RefusedException(PackageError.SIGNATURE_WRAPPING,
                    "the signing-time properties must hold one SignatureProperty targeting #" + signatureId);
        }
        properties.setIdAttributeNS(null, "Id", true);
        return properties;
    }

    private static OffsetDateTime signingTime(Element properties) throws RefusedException {
        Element property = children(properties).get(0);
        List<Element> content = children(property);
        if (content.size() != 1 || !PackageFormat.EXCHANGE_NS.equals(content.get(0).getNamespaceURI())
                || !"SigningTime".equals(content.get(0).getLocalName())) {
            throw new RefusedException(PackageError.SIGNING_TIME_MISSING, "no {" + PackageFormat.EXCHANGE_NS + "}SigningTime");
        }
        String text = content.get(0).getTextContent().strip();
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw malformed("SigningTime '" + text + "' is not a date-time with offset");
        }
    }

    private static X509Certificate certificate(Element keyInfo) throws RefusedException {
        List<Element> c = children(keyInfo);
        if (c.size() != 1 || !isDs(c.get(0), "X509Data")) {
            throw malformed("KeyInfo may hold only one X509Data");
        }
        List<Element> data = children(c.get(0));
        if (data.size() != 1 || !isDs(data.get(0), "X509Certificate")) {
            throw new RefusedException(PackageError.CERTIFICATE_MISSING, data.size() + " items in X509Data");
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(data.get(0).getTextContent().strip());
            List<X509Certificate> certs = Pem.parseCertificates(der);
            if (certs.size() != 1) {
                throw new RefusedException(PackageError.CERTIFICATE_MISSING, certs.size() + " certificates");
            }
            return certs.get(0);
        } catch (IllegalArgumentException | IOException e) {
            throw new RefusedException(PackageError.CERTIFICATE_MISSING, "unreadable X509Certificate", e);
        }
    }

    private static byte[] digestValue(Element ref) throws RefusedException {
        Element value = children(ref).get(1);
        try {
            return Base64.getMimeDecoder().decode(value.getTextContent().strip());
        } catch (IllegalArgumentException e) {
            throw malformed("DigestValue of " + ref.getAttribute("URI") + " is not base64");
        }
    }

    private static void checkIdsUnique(Element e, Set<String> seen) throws RefusedException {
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            String local = a.getLocalName() == null ? a.getName() : a.getLocalName();
            if (local.equalsIgnoreCase("id") && !seen.add(a.getValue())) {
                throw new RefusedException(PackageError.SIGNATURE_WRAPPING, "Id '" + a.getValue() + "' appears twice");
            }
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                checkIdsUnique(child, seen);
            }
        }
    }

    /** Element children; refuses text other than whitespace (mixed content has no place in a signature). */
    private static List<Element> children(Element parent) throws RefusedException {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            switch (n.getNodeType()) {
                case Node.ELEMENT_NODE -> out.add((Element) n);
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> {
                    if (!n.getNodeValue().isBlank() && !isLeaf(parent)) {
                        throw malformed("text inside " + parent.getTagName());
                    }
                }
                case Node.COMMENT_NODE -> {
                    // comments are not signed (c14n without comments) and carry nothing
                }
                default -> throw malformed("unexpected node in " + parent.getTagName());
            }
        }
        return out;
    }

    private static boolean isLeaf(Element e) {
        String n = e.getLocalName();
        return "DigestValue".equals(n) || "SignatureValue".equals(n) || "X509Certificate".equals(n) || "SigningTime".equals(n);
    }

    private static boolean isDs(Element e, String localName) {
        return XmlDsig.NS.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName());
    }

    private static RefusedException malformed(String detail) {
        return new RefusedException(PackageError.SIGNATURE_MALFORMED, detail);
    }
}
