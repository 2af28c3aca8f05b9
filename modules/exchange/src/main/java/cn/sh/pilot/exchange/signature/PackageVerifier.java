package cn.sh.pilot.exchange.signature;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.xml.crypto.KeySelector;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.URIDereferencer;
import javax.xml.crypto.URIReferenceException;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.PackageError;
import cn.sh.pilot.exchange.Words;
import cn.sh.pilot.exchange.container.ContainerContents;
import cn.sh.pilot.exchange.container.ContainerEntry;
import cn.sh.pilot.exchange.container.ContainerReader;
import cn.sh.pilot.exchange.container.PackageFormat;
import cn.sh.pilot.exchange.container.PackageLimits;
import cn.sh.pilot.exchange.trust.KeyStrengthPolicy;
import cn.sh.pilot.exchange.trust.SignerTrustPolicy;
import cn.sh.pilot.exchange.trust.TrustStore;

/**
 * Verifies a received package and reports every check in plain words.
 *
 * <p>One streaming pass over the ZIP digests every entry while checking its shape and limits
 * ({@link ContainerReader}); the signature document is then held to its one allowed shape
 * ({@link SignatureShape}); the JDK's XMLDSig checks the signature value over SignedInfo and the
 * signed signing time; each entry's streamed SHA-256 is compared with its reference; finally the
 * signer's certificate is checked against the trust store at the signing time, and against the
 * sender the payload claims. Reads nothing but the package: no file, no network.
 *
 * <p>The JDK's "secure validation" mode is switched off for the signature-value check because it
 * caps a signature at 30 references; every rule it enforces (algorithms, transforms, reference
 * URIs, unique Ids, key sizes) is enforced more strictly by {@link SignatureShape} and
 * {@link KeyStrengthPolicy} before the JDK sees the document.
 */
public final class PackageVerifier {

    /** How far ahead of this machine's clock a signing time may be before it counts as in the future. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final TrustStore trust;
    private final PackageLimits limits;
    private final Clock clock;

    public PackageVerifier(TrustStore trust) {
        this(trust, PackageLimits.defaults(), Clock.systemUTC());
    }

    public PackageVerifier(TrustStore trust, PackageLimits limits, Clock clock) {
        this.trust = Objects.requireNonNull(trust);
        this.limits = Objects.requireNonNull(limits);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Verifies the package; never throws for a bad package, only reports it. */
    public VerificationReport verify(Path pkg) throws IOException {
        Run run = new Run(pkg);
        try {
            run.verify();
        } catch (RefusedException refused) {
            run.checks.add(Check.fail(run.current, run.subject, (PackageError) refused.error(), refused.detail()));
        }
        return new VerificationReport(pkg, run.checks, run.payloadName, run.sender, run.signer, run.signingTime);
    }

    /** One verification's running state. */
    private final class Run {
        private final Path pkg;
        private final List<Check> checks = new ArrayList<>();
        private CheckName current = CheckName.CONTAINER;
        private String subject;
        private String payloadName;
        private String sender;
        private X509Certificate signer;
        private OffsetDateTime signingTime;

        Run(Path pkg) {
            this.pkg = pkg;
        }

        void verify() throws RefusedException, IOException {
            ContainerContents contents = new ContainerReader(limits).read(pkg);
            payloadName = contents.payloadName();
            pass(Words.of(contents.entries().size() + " 个条目，共 " + contents.totalBytes() + " 字节；报文 " + payloadName,
                    contents.entries().size() + " entries, " + contents.totalBytes() + " bytes; payload " + payloadName));

            begin(CheckName.SIGNATURE_FORM, PackageFormat.SIGNATURE_ENTRY);
            byte[] xml = contents.signature()
                    .orElseThrow(() -> new RefusedException(PackageError.SIGNATURE_MISSING, PackageFormat.SIGNATURE_ENTRY));
            SignatureShape.Parts parts = SignatureShape.parse(xml);
            signer = parts.certificate();
            pass(Words.of("一个签名，" + parts.algorithm() + "，" + parts.entries().size() + " 个条目引用",
                    "one signature, " + parts.algorithm() + ", " + parts.entries().size() + " entry references"));

            begin(CheckName.COVERAGE, null);
            Map<String, ContainerEntry> byName = coverage(contents, parts);
            pass(Words.of("每个条目恰被引用一次", "every entry is referenced exactly once"));

            begin(CheckName.SIGNER_KEY, signer.getSubjectX500Principal().getName());
            Words key = KeyStrengthPolicy.check(signer.getPublicKey());
            if (!parts.algorithm().fits(signer.getPublicKey())) {
                throw new RefusedException(PackageError.SIGNATURE_VALUE_INVALID,
                        parts.algorithm() + " does not fit a " + signer.getPublicKey().getAlgorithm() + " key");
            }
            pass(key);

            begin(CheckName.SIGNATURE_VALUE, null);
            XMLSignature signature = unmarshal(parts);
            DOMValidateContext context = context(parts);
            if (!validates(signature, context)) {
                throw new RefusedException(PackageError.SIGNATURE_VALUE_INVALID, "SignedInfo");
            }
            pass(Words.of("签名值与证书公钥相符", "signature value verifies with the certificate's key"));

            begin(CheckName.SIGNING_TIME, "#" + XmlDsig.SIGNING_TIME_ID);
            checkSignedTime(signature, context, parts.signingTime());

            boolean allMatch = true;
            for (SignatureShape.EntryReference ref : parts.entries()) {
                ContainerEntry entry = byName.get(ref.uri());
                if (MessageDigest.isEqual(entry.sha256(), ref.digest())) {
                    checks.add(Check.pass(CheckName.ENTRY_DIGEST, ref.uri(), Words.of(
                            "内容与签名一致（" + entry.size() + " 字节）", "content matches the signature (" + entry.size() + " bytes)")));
                } else {
                    checks.add(Check.fail(CheckName.ENTRY_DIGEST, ref.uri(), PackageError.DIGEST_MISMATCH, ref.uri()));
                    allMatch = false;
                }
            }
            if (!allMatch) {
                // every altered entry is already reported by name; nothing after this can make the package good
                return;
            }

            begin(CheckName.PAYLOAD_SENDER, payloadName);
            sender = contents.claimedSender();
            pass(Words.of("报文声明的发送方为 " + sender, "the payload claims sender " + sender));

            Instant at = signingTime.toInstant();
            SignerTrustPolicy policy = new SignerTrustPolicy(trust);
            String who = signer.getSubjectX500Principal().getName();
            begin(CheckName.CERTIFICATE_ISSUER, who);
            pass(policy.issuer(signer));
            begin(CheckName.CERTIFICATE_VALIDITY, who);
            pass(policy.validity(signer, at));
            begin(CheckName.CERTIFICATE_PATH, who);
            pass(policy.path(signer, at));
            begin(CheckName.CERTIFICATE_USAGE, who);
            pass(policy.usage(signer));
            begin(CheckName.CERTIFICATE_REVOCATION, who);
            pass(policy.revocation(signer, at));
            begin(CheckName.CERTIFICATE_REGISTRATION, who);
            Set<String> codes = policy.registration(signer);
            pass(Words.of("登记给 " + String.join("、", codes), "registered to " + String.join(", ", codes)));
            begin(CheckName.SENDER, sender);
            pass(policy.sender(codes, sender));
        }

        private Map<String, ContainerEntry> coverage(ContainerContents contents, SignatureShape.Parts parts)
                throws RefusedException {
            Map<String, ContainerEntry> byName = new HashMap<>();
            for (ContainerEntry e : contents.signedEntries()) {
                byName.put(e.path(), e);
            }
            for (SignatureShape.EntryReference ref : parts.entries()) {
                if (!byName.containsKey(ref.uri())) {
                    subject = ref.uri();
                    throw new RefusedException(PackageError.REFERENCE_TO_MISSING_ENTRY, ref.uri());
                }
            }
            Set<String> referenced = new java.util.HashSet<>();
            parts.entries().forEach(r -> referenced.add(r.uri()));
            for (ContainerEntry e : contents.signedEntries()) {
                if (!referenced.contains(e.path())) {
                    subject = e.path();
                    throw new RefusedException(PackageError.ENTRY_NOT_SIGNED, e.path());
                }
            }
            return byName;
        }

        private void checkSignedTime(XMLSignature signature, DOMValidateContext context, OffsetDateTime claimed)
                throws RefusedException {
            for (Object o : signature.getSignedInfo().getReferences()) {
                Reference ref = (Reference) o;
                if (ref.getURI().startsWith("#")) {
                    try {
                        if (!ref.validate(context)) {
                            throw new RefusedException(PackageError.DIGEST_MISMATCH, "signed properties " + ref.getURI());
                        }
                    } catch (XMLSignatureException e) {
                        throw new RefusedException(PackageError.SIGNATURE_WRAPPING, ref.getURI() + ": " + e.getMessage(), e);
                    }
                }
            }
            signingTime = claimed;
            if (claimed.toInstant().isAfter(clock.instant().plus(CLOCK_SKEW))) {
                throw new RefusedException(PackageError.SIGNING_TIME_IN_FUTURE, claimed.toString());
            }
            pass(Words.of("已签名的签名时间 " + claimed, "signed signing time " + claimed));
        }

        private XMLSignature unmarshal(SignatureShape.Parts parts) throws RefusedException {
            try {
                return XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context(parts));
            } catch (MarshalException e) {
                throw new RefusedException(PackageError.SIGNATURE_MALFORMED, e.getMessage(), e);
            }
        }

        private DOMValidateContext context(SignatureShape.Parts parts) {
            DOMValidateContext context = new DOMValidateContext(KeySelector.singletonKeySelector(signer.getPublicKey()),
                    parts.signature());
            context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.FALSE);
            URIDereferencer sameDocument = XMLSignatureFactory.getInstance("DOM").getURIDereferencer();
            context.setURIDereferencer((uriReference, ctx) -> {
                String uri = uriReference.getURI();
                if (uri == null || !uri.startsWith("#")) {
                    throw new URIReferenceException("only same-document references are dereferenced here: " + uri);
                }
                return sameDocument.dereference(uriReference, ctx);
            });
            return context;
        }

        private boolean validates(XMLSignature signature, DOMValidateContext context) throws RefusedException {
            try {
                return signature.getSignatureValue().validate(context);
            } catch (XMLSignatureException e) {
                throw new RefusedException(PackageError.SIGNATURE_VALUE_INVALID, e.getMessage(), e);
            }
        }

        private void begin(CheckName name, String subject) {
            this.current = name;
            this.subject = subject;
        }

        private void pass(Words finding) {
            checks.add(Check.pass(current, subject, finding));
        }
    }
}
