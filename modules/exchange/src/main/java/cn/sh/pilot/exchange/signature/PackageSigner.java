package cn.sh.pilot.exchange.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dom.DOMStructure;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLObject;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
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

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.xml.SecureXml;
import cn.sh.pilot.exchange.container.ContainerContents;
import cn.sh.pilot.exchange.container.ContainerEntry;
import cn.sh.pilot.exchange.container.ContainerReader;
import cn.sh.pilot.exchange.container.EntryRole;
import cn.sh.pilot.exchange.container.PackageFormat;
import cn.sh.pilot.exchange.container.PackageLimits;
import cn.sh.pilot.exchange.container.PackageWriter;
import cn.sh.pilot.exchange.container.ParserFactories;
import cn.sh.pilot.exchange.trust.KeyStrengthPolicy;

/**
 * Signs a package: reads it once through the same checks a receiver applies, copies its entries
 * into a new ZIP while digesting them, and appends {@code META-INF/signatures.xml} — a detached
 * XML Signature made with the JDK's XMLDSig API whose references name each entry by its
 * root-relative path with its SHA-256 digest, plus the signed signing time. An existing signature
 * is replaced. The container rules are enforced here; the payload's content (its
 * {@code Sender/Code}) is the builder's and the receiver's concern.
 */
public final class PackageSigner {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final SigningKey key;
    private final Clock clock;
    private final PackageLimits limits;

    public PackageSigner(SigningKey key) {
        this(key, Clock.systemUTC(), PackageLimits.defaults());
    }

    public PackageSigner(SigningKey key, Clock clock, PackageLimits limits) {
        this.key = Objects.requireNonNull(key);
        this.clock = Objects.requireNonNull(clock);
        this.limits = Objects.requireNonNull(limits);
    }

    /** Signs {@code source} into {@code target} (which may be the same file). */
    public SignedPackage sign(Path source, Path target) throws IOException, RefusedException {
        KeyStrengthPolicy.check(key.certificate().getPublicKey());
        SignatureAlgorithm algorithm = SignatureAlgorithm.forKey(key.certificate().getPublicKey());
        OffsetDateTime signingTime = OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.SECONDS), SHANGHAI);
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), ".signing-", ".zip");
        try {
            ContainerContents contents;
            try (PackageWriter writer = new PackageWriter(temp, signingTime.toInstant())) {
                contents = new ContainerReader(limits).read(source, (name, role) ->
                        role == EntryRole.PAYLOAD || role == EntryRole.ATTACHMENT ? writer.entry(name.value()) : null);
                writer.entry(PackageFormat.SIGNATURE_ENTRY, signatureDocument(contents.signedEntries(), algorithm, signingTime));
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            List<String> names = contents.signedEntries().stream().map(ContainerEntry::path).toList();
            return new SignedPackage(absolute, names, key.certificate(), signingTime);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private byte[] signatureDocument(List<ContainerEntry> entries, SignatureAlgorithm algorithm, OffsetDateTime signingTime)
            throws IOException {
        try {
            XMLSignatureFactory fac = XMLSignatureFactory.getInstance("DOM");
            DigestMethod sha256 = fac.newDigestMethod(DigestMethod.SHA256, null);
            List<Reference> references = new ArrayList<>();
            for (ContainerEntry entry : entries) {
                references.add(fac.newReference(entry.path(), sha256, null, null, null, entry.sha256()));
            }
            Transform exclusive = fac.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null);
            references.add(fac.newReference("#" + XmlDsig.SIGNING_TIME_ID, sha256, List.of(exclusive),
                    XmlDsig.SIGNATURE_PROPERTIES_TYPE, null));
            SignedInfo signedInfo = fac.newSignedInfo(
                    fac.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                    fac.newSignatureMethod(algorithm.uri(), null), references);
            KeyInfoFactory kif = fac.getKeyInfoFactory();
            KeyInfo keyInfo = kif.newKeyInfo(List.of(kif.newX509Data(List.of(key.certificate()))));

            Document doc = ParserFactories.documentBuilder().newDocument();
            Element time = doc.createElementNS(PackageFormat.EXCHANGE_NS, "pilot:SigningTime");
            time.setAttributeNS(XmlDsig.XMLNS, "xmlns:pilot", PackageFormat.EXCHANGE_NS);
            time.setTextContent(signingTime.toString());
            var property = fac.newSignatureProperty(List.of(new DOMStructure(time)), "#" + XmlDsig.SIGNATURE_ID, null);
            var properties = fac.newSignatureProperties(List.of(property), XmlDsig.SIGNING_TIME_ID);
            XMLObject object = fac.newXMLObject(List.of(properties), null, null, null);

            DOMSignContext context = new DOMSignContext(key.privateKey(), doc);
            context.setDefaultNamespacePrefix("ds");
            fac.newXMLSignature(signedInfo, keyInfo, List.of(object), XmlDsig.SIGNATURE_ID, null).sign(context);
            return serialize(doc);
        } catch (GeneralSecurityException | MarshalException | XMLSignatureException | TransformerException e) {
            throw new IOException("cannot sign: " + e.getMessage(), e);
        }
    }

    private static byte[] serialize(Document doc) throws TransformerException {
        Transformer t = SecureXml.transformerFactory().newTransformer();
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        t.setOutputProperty(OutputKeys.INDENT, "no");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.transform(new DOMSource(doc), new StreamResult(out));
        return out.toByteArray();
    }
}
