package cn.sh.pilot.archive.infrastructure.bag;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javax.xml.crypto.Data;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.OctetStreamData;
import javax.xml.crypto.URIDereferencer;
import javax.xml.crypto.URIReferenceException;
import javax.xml.crypto.dom.DOMStructure;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLObject;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import cn.sh.pilot.archive.api.ArchiveCheck;
import cn.sh.pilot.archive.api.ArchiveError;
import cn.sh.pilot.archive.api.CheckKind;
import cn.sh.pilot.archive.api.Organisation;
import cn.sh.pilot.archive.domain.bag.BagLayout;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.xml.SecureXml;
import cn.sh.pilot.exchange.Words;
import cn.sh.pilot.exchange.container.PackageFormat;
import cn.sh.pilot.exchange.signature.SignatureAlgorithm;
import cn.sh.pilot.exchange.signature.SigningKey;
import cn.sh.pilot.exchange.trust.KeyStrengthPolicy;
import cn.sh.pilot.exchange.trust.SignerTrustPolicy;
import cn.sh.pilot.exchange.trust.TrustStore;

/**
 * The municipal signature of an export: {@code bag-signature.xml}, a detached W3C XML Signature in the
 * exchange package format's shape — exclusive c14n, RSA-SHA256 or ECDSA-SHA256, one SHA-256 reference
 * per tag file by its bag-relative name ({@code bagit.txt}, {@code bag-info.txt},
 * {@code manifest-sha256.txt}, {@code tagmanifest-sha256.txt}), a signed {@code #signing-time} property,
 * the signer's certificate in KeyInfo. The tag manifest covers the payload manifest, which covers every
 * payload file, so this one signature covers the whole bag. From the bag root it verifies with
 * {@code xmlsec1 --verify --trusted-pem ca.pem --enabled-reference-uris same-doc,remote bag-signature.xml}.
 *
 * <p>Why not exchange's {@code PackageSigner}: it signs ZIP containers holding one payload document; a bag is
 * a folder whose integrity already rests on its tag manifest. So the bag reuses exchange's format, algorithms,
 * {@link KeyStrengthPolicy} and {@link SignerTrustPolicy} (issuer, validity at signing time, PKIX path, usage,
 * revocation, registration) over the tag files instead. Verification holds the document to that one shape
 * (an allow-list, which defeats signature wrapping), dereferences only the four tag files and
 * same-document Ids, and runs the JDK's XMLDSig in secure-validation mode.
 */
public final class BagSeal {

    private static final String DS = XMLSignature.XMLNS;
    private static final String SIGNATURE_ID = "pilot-signature";
    private static final String SIGNING_TIME_ID = "signing-time";
    private static final String SIGNATURE_PROPERTIES_TYPE = "http://www.w3.org/2000/09/xmldsig#SignatureProperties";
    private static final String SHA256 = DigestMethod.SHA256;
    private static final long MAX_SIGNATURE_BYTES = 1 << 20;
    private static final String FILE = BagLayout.SIGNATURE;

    /** Signs the tag files of the bag at {@code root}, writing {@code bag-signature.xml}. */
    public void sign(Path root, SigningKey key, OffsetDateTime signingTime) throws IOException, RefusedException {
        try {
            KeyStrengthPolicy.check(key.certificate().getPublicKey());
            SignatureAlgorithm algorithm = SignatureAlgorithm.forKey(key.certificate().getPublicKey());
            XMLSignatureFactory fac = XMLSignatureFactory.getInstance("DOM");
            DigestMethod sha256 = fac.newDigestMethod(SHA256, null);
            List<Reference> references = new ArrayList<>();
            for (String name : BagLayout.SIGNED_TAG_FILES) {
                byte[] digest = HexFormat.of().parseHex(Sha256.of(root.resolve(name)).sha256());
                references.add(fac.newReference(name, sha256, null, null, null, digest));
            }
            Transform exclusive = fac.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null);
            references.add(fac.newReference("#" + SIGNING_TIME_ID, sha256, List.of(exclusive), SIGNATURE_PROPERTIES_TYPE, null));
            SignedInfo signedInfo = fac.newSignedInfo(
                    fac.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                    fac.newSignatureMethod(algorithm.uri(), null), references);
            KeyInfoFactory kif = fac.getKeyInfoFactory();
            KeyInfo keyInfo = kif.newKeyInfo(List.of(kif.newX509Data(List.of(key.certificate()))));

            Document doc = SecureXml.documentBuilder().newDocument();
            Element time = doc.createElementNS(PackageFormat.EXCHANGE_NS, "pilot:SigningTime");
            time.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:pilot", PackageFormat.EXCHANGE_NS);
            time.setTextContent(signingTime.toString());
            var property = fac.newSignatureProperty(List.of(new DOMStructure(time)), "#" + SIGNATURE_ID, null);
            var properties = fac.newSignatureProperties(List.of(property), SIGNING_TIME_ID);
            XMLObject object = fac.newXMLObject(List.of(properties), null, null, null);

            DOMSignContext context = new DOMSignContext(key.privateKey(), doc);
            context.setDefaultNamespacePrefix("ds");
            fac.newXMLSignature(signedInfo, keyInfo, List.of(object), SIGNATURE_ID, null).sign(context);
            Files.write(root.resolve(FILE), serialize(doc));
        } catch (GeneralSecurityException | MarshalException | XMLSignatureException | TransformerException e) {
            throw new RefusedException(ArchiveError.SIGNING_FAILED, e.getMessage(), e);
        } catch (RefusedException e) {
            throw new RefusedException(ArchiveError.SIGNING_FAILED, e.id() + ": " + e.detail(), e);
        }
    }

    /** Verifies {@code bag-signature.xml} of the bag at {@code root}; reports to {@code sink}. */
    public void verify(Path root, TrustStore trust, Clock clock, Consumer<ArchiveCheck> sink) {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            sink.accept(ArchiveCheck.fail(CheckKind.BAG_SIGNATURE, FILE, ArchiveError.BAG_SIGNATURE_MISSING, null));
            return;
        }
        try {
            Shape shape = Shape.parse(file);
            XMLSignatureFactory fac = XMLSignatureFactory.getInstance("DOM");
            DOMValidateContext context = new DOMValidateContext(KeySelector.singletonKeySelector(shape.certificate.getPublicKey()),
                    shape.signature);
            context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
            context.setURIDereferencer(tagFilesOnly(root, fac.getURIDereferencer()));
            XMLSignature signature = fac.unmarshalXMLSignature(context);
            KeyStrengthPolicy.check(shape.certificate.getPublicKey());
            if (!shape.algorithm.fits(shape.certificate.getPublicKey())) {
                throw new RefusedException(ArchiveError.BAG_SIGNATURE_INVALID, shape.algorithm + " does not fit the certificate's key");
            }
            boolean allReferences = true;
            for (Object o : signature.getSignedInfo().getReferences()) {
                Reference ref = (Reference) o;
                if (!ref.validate(context)) {
                    allReferences = false;
                    String subject = ref.getURI().startsWith("#") ? FILE : ref.getURI();
                    sink.accept(ArchiveCheck.fail(CheckKind.BAG_SIGNATURE, subject, ArchiveError.BAG_SIGNATURE_INVALID,
                            subject + " changed after signing"));
                }
            }
            if (!signature.getSignatureValue().validate(context)) {
                sink.accept(ArchiveCheck.fail(CheckKind.BAG_SIGNATURE, FILE, ArchiveError.BAG_SIGNATURE_INVALID,
                        "the signature value does not verify with the certificate's key"));
                return;
            }
            if (!allReferences) {
                return;
            }
            checkSigner(shape, trust, clock, sink);
        } catch (RefusedException e) {
            ArchiveError error = e.error() instanceof ArchiveError a ? a : ArchiveError.BAG_SIGNATURE_INVALID;
            sink.accept(ArchiveCheck.fail(CheckKind.BAG_SIGNATURE, FILE, error,
                    e.error() instanceof ArchiveError ? e.detail() : e.id() + ": " + e.detail()));
        } catch (MarshalException | XMLSignatureException e) {
            sink.accept(ArchiveCheck.fail(CheckKind.BAG_SIGNATURE, FILE, ArchiveError.BAG_SIGNATURE_INVALID, e.getMessage()));
        }
    }

    private static void checkSigner(Shape shape, TrustStore trust, Clock clock, Consumer<ArchiveCheck> sink) {
        X509Certificate cert = shape.certificate;
        Instant at = shape.signingTime.toInstant();
        String who = cert.getSubjectX500Principal().getName();
        try {
            if (at.isAfter(clock.instant().plusSeconds(300))) {
                throw new RefusedException(ArchiveError.BAG_SIGNATURE_INVALID, "signing time " + shape.signingTime + " is in the future");
            }
            SignerTrustPolicy policy = new SignerTrustPolicy(trust);
            List<Words> found = new ArrayList<>();
            found.add(policy.issuer(cert));
            found.add(policy.validity(cert, at));
            found.add(policy.path(cert, at));
            found.add(policy.usage(cert));
            found.add(policy.revocation(cert, at));
            Set<String> codes = policy.registration(cert);
            if (!codes.contains(Organisation.MUNICIPAL.code())) {
                throw new RefusedException(ArchiveError.BAG_SIGNER_UNTRUSTED,
                        who + " is registered to " + String.join(", ", codes) + ", not " + Organisation.MUNICIPAL.code());
            }
            sink.accept(ArchiveCheck.pass(CheckKind.BAG_SIGNATURE, FILE,
                    "市局（310000）签名有效，签名时间 " + shape.signingTime + "；" + String.join("；", found.stream().map(Words::zh).toList()),
                    "valid municipal (310000) signature made " + shape.signingTime + "; "
                            + String.join("; ", found.stream().map(Words::en).toList())));
        } catch (RefusedException e) {
            boolean ours = e.error() instanceof ArchiveError;
            sink.accept(ArchiveCheck.fail(CheckKind.BAG_SIGNATURE, FILE, ours ? (ArchiveError) e.error() : ArchiveError.BAG_SIGNER_UNTRUSTED,
                    ours ? e.detail() : e.id() + ": " + e.detail() + " (" + who + ")"));
        }
    }

    /** Resolves the four tag files from the bag root and Ids inside the signature document; nothing else. */
    private static URIDereferencer tagFilesOnly(Path root, URIDereferencer sameDocument) {
        return (uriReference, context) -> {
            String uri = uriReference.getURI();
            if (uri != null && uri.startsWith("#")) {
                return sameDocument.dereference(uriReference, context);
            }
            if (uri == null || !BagLayout.SIGNED_TAG_FILES.contains(uri)) {
                throw new URIReferenceException("not a tag file of this bag: " + uri);
            }
            try {
                InputStream in = Files.newInputStream(root.resolve(uri));
                return (Data) new OctetStreamData(in, uri, null);
            } catch (IOException e) {
                throw new URIReferenceException(uri + ": " + e.getMessage(), e);
            }
        };
    }

    private static byte[] serialize(Document doc) throws TransformerException {
        Transformer t = SecureXml.transformerFactory().newTransformer();
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        t.setOutputProperty(OutputKeys.INDENT, "no");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.transform(new DOMSource(doc), new StreamResult(out));
        return out.toByteArray();
    }

    /** The one accepted shape of the signature document, checked before any cryptography runs. */
    private static final class Shape {
        Element signature;
        SignatureAlgorithm algorithm;
        X509Certificate certificate;
        OffsetDateTime signingTime;

        static Shape parse(Path file) throws RefusedException {
            try {
                if (Files.size(file) > MAX_SIGNATURE_BYTES) {
                    throw invalid("larger than 1 MiB");
                }
                Document doc = SecureXml.documentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(file)));
                return new Shape().check(doc);
            } catch (SAXException e) {
                throw invalid("not well-formed XML or a DOCTYPE: " + e.getMessage());
            } catch (IOException e) {
                throw invalid("unreadable: " + e.getMessage());
            }
        }

        private Shape check(Document doc) throws RefusedException {
            if (doc.getElementsByTagNameNS(DS, "Signature").getLength() != 1) {
                throw invalid("exactly one ds:Signature is allowed");
            }
            signature = doc.getDocumentElement();
            if (!isDs(signature, "Signature") || !SIGNATURE_ID.equals(signature.getAttribute("Id"))) {
                throw invalid("the document element must be ds:Signature Id=\"" + SIGNATURE_ID + "\"");
            }
            Set<String> ids = new HashSet<>();
            collectIds(signature, ids);
            List<Element> parts = children(signature);
            if (parts.size() != 4 || !isDs(parts.get(0), "SignedInfo") || !isDs(parts.get(1), "SignatureValue")
                    || !isDs(parts.get(2), "KeyInfo") || !isDs(parts.get(3), "Object")) {
                throw invalid("ds:Signature must hold SignedInfo, SignatureValue, KeyInfo and one Object");
            }
            signature.setIdAttributeNS(null, "Id", true);
            List<Element> si = children(parts.get(0));
            if (si.size() != 2 + BagLayout.SIGNED_TAG_FILES.size() + 1
                    || !isDs(si.get(0), "CanonicalizationMethod") || !CanonicalizationMethod.EXCLUSIVE.equals(si.get(0).getAttribute("Algorithm"))
                    || !isDs(si.get(1), "SignatureMethod")) {
                throw invalid("SignedInfo must hold exclusive c14n, a signature method and one reference per tag file plus #signing-time");
            }
            algorithm = SignatureAlgorithm.byUri(si.get(1).getAttribute("Algorithm"))
                    .orElseThrow(() -> invalid("signature method " + si.get(1).getAttribute("Algorithm")));
            for (int i = 0; i < BagLayout.SIGNED_TAG_FILES.size(); i++) {
                Element ref = si.get(2 + i);
                List<Element> rc = children(ref);
                if (!isDs(ref, "Reference") || !BagLayout.SIGNED_TAG_FILES.get(i).equals(ref.getAttribute("URI"))
                        || ref.hasAttribute("Type") || rc.size() != 2 || !isDs(rc.get(0), "DigestMethod")
                        || !SHA256.equals(rc.get(0).getAttribute("Algorithm"))) {
                    throw invalid("reference " + (i + 1) + " must be " + BagLayout.SIGNED_TAG_FILES.get(i) + " by SHA-256 without transforms");
                }
            }
            Element timeRef = si.get(si.size() - 1);
            List<Element> tc = children(timeRef);
            if (!isDs(timeRef, "Reference") || !("#" + SIGNING_TIME_ID).equals(timeRef.getAttribute("URI")) || tc.size() != 3
                    || !isDs(tc.get(0), "Transforms") || children(tc.get(0)).size() != 1
                    || !CanonicalizationMethod.EXCLUSIVE.equals(children(tc.get(0)).get(0).getAttribute("Algorithm"))
                    || !SHA256.equals(tc.get(1).getAttribute("Algorithm"))) {
                throw invalid("the last reference must be #" + SIGNING_TIME_ID + " with exclusive c14n and SHA-256");
            }
            certificate = certificate(parts.get(2));
            signingTime = signingTime(parts.get(3));
            return this;
        }

        private static X509Certificate certificate(Element keyInfo) throws RefusedException {
            List<Element> k = children(keyInfo);
            if (k.size() != 1 || !isDs(k.get(0), "X509Data") || children(k.get(0)).size() != 1
                    || !isDs(children(k.get(0)).get(0), "X509Certificate")) {
                throw invalid("KeyInfo must hold exactly one X509Certificate");
            }
            try {
                byte[] der = Base64.getMimeDecoder().decode(children(k.get(0)).get(0).getTextContent());
                return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                throw invalid("unreadable certificate: " + e.getMessage());
            }
        }

        private OffsetDateTime signingTime(Element object) throws RefusedException {
            List<Element> o = children(object);
            if (o.size() != 1 || !isDs(o.get(0), "SignatureProperties") || !SIGNING_TIME_ID.equals(o.get(0).getAttribute("Id"))) {
                throw invalid("ds:Object must hold the SignatureProperties Id=\"" + SIGNING_TIME_ID + "\"");
            }
            o.get(0).setIdAttributeNS(null, "Id", true);
            List<Element> props = children(o.get(0));
            if (props.size() != 1 || !isDs(props.get(0), "SignatureProperty")
                    || !("#" + SIGNATURE_ID).equals(props.get(0).getAttribute("Target"))) {
                throw invalid("one SignatureProperty targeting #" + SIGNATURE_ID);
            }
            List<Element> value = children(props.get(0));
            if (value.size() != 1 || !PackageFormat.EXCHANGE_NS.equals(value.get(0).getNamespaceURI())
                    || !"SigningTime".equals(value.get(0).getLocalName())) {
                throw invalid("the property must be pilot:SigningTime");
            }
            try {
                return OffsetDateTime.parse(value.get(0).getTextContent().strip());
            } catch (DateTimeParseException e) {
                throw invalid("signing time " + value.get(0).getTextContent());
            }
        }

        private static void collectIds(Element e, Set<String> ids) throws RefusedException {
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node a = attributes.item(i);
                if ("Id".equals(a.getLocalName()) || "ID".equals(a.getLocalName()) || "id".equals(a.getLocalName())) {
                    if (!ids.add(a.getNodeValue())) {
                        throw invalid("duplicate Id " + a.getNodeValue());
                    }
                }
            }
            for (Element c : children(e)) {
                collectIds(c, ids);
            }
        }

        private static List<Element> children(Element e) {
            List<Element> out = new ArrayList<>();
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeType() == Node.ELEMENT_NODE) {
                    out.add((Element) n);
                }
            }
            return out;
        }

        private static boolean isDs(Element e, String localName) {
            return DS.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName());
        }

        private static RefusedException invalid(String detail) {
            return new RefusedException(ArchiveError.BAG_SIGNATURE_INVALID, detail);
        }
    }
}
