package cn.sh.pilot.exchange.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPOutputStream;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.container.PackageLimits;
import cn.sh.pilot.exchange.keys.KeyType;
import cn.sh.pilot.exchange.signature.PackageSigner;
import cn.sh.pilot.exchange.signature.SigningKey;
import cn.sh.pilot.exchange.testing.Payloads;
import cn.sh.pilot.exchange.testing.TestPki;
import cn.sh.pilot.exchange.testing.ZipFiles;
import cn.sh.pilot.exchange.testing.ZipFiles.Item;
import cn.sh.pilot.exchange.testing.ZipPatch;

/**
 * Generates the hostile corpus into a folder: every ZIP and XML attack the verifier must refuse,
 * and signers it must not trust, each as a package file named in {@code cases.tsv} with its
 * expected error id; plus the trust folder to verify them against and two controls that must be
 * accepted. Nothing is stored in git: the corpus is made by this code on every run.
 */
final class HostileCorpus {

    static final String MANIFEST = "cases.tsv";
    private static final String MIMETYPE = "application/vnd.cn.sh.pilot.package+zip";
    private static final String SENDER = "310104";
    private static final long MIB = 1024 * 1024;

    private final Path dir;
    private final TestPki pki;
    private final SigningKey signer;
    private final List<HostileCase> cases = new ArrayList<>();
    private final Random random = new Random(20231392L);
    private int counter;

    private HostileCorpus(Path dir) {
        this.dir = dir;
        this.pki = TestPki.create(dir.resolve("pki"), KeyType.RSA_3072, "Pilot Test CA");
        this.signer = pki.registeredSigner(SENDER);
    }

    /** Writes the corpus and its manifest; returns the cases. */
    static List<HostileCase> generate(Path dir) throws Exception {
        HostileCorpus corpus = new HostileCorpus(dir);
        corpus.all();
        Files.write(dir.resolve(MANIFEST), corpus.cases.stream().map(HostileCase::line).toList(), StandardCharsets.UTF_8);
        return List.copyOf(corpus.cases);
    }

    /** The trust folder the corpus is verified against. */
    static Path trustFolder(Path dir) {
        return dir.resolve("pki").resolve("trust");
    }

    private void all() throws Exception {
        controls();
        zipLayer();
        layout();
        signatureDocument();
        signers();
    }

    private void controls() throws Exception {
        add("a correctly signed package from the registered sender", HostileCase.ACCEPTED, signed(goodItems()));
        SigningKey laterRevoked = pki.registeredSigner(SENDER);
        pki.folder().revoke(laterRevoked.certificate(), OffsetDateTime.now().plusDays(30), "superseded 到期更换");
        add("a package signed before its certificate's revocation date", HostileCase.ACCEPTED,
                signedWith(laterRevoked, goodItems(), Clock.systemUTC()));
    }

    private void zipLayer() throws Exception {
        add("refuses a file that is not a ZIP at all", "zip-unreadable",
                "这不是数据包 / not a package at all, just text".getBytes(StandardCharsets.UTF_8));
        byte[] good = signed(goodItems());
        add("refuses a package cut off in the middle", "zip-unreadable", java.util.Arrays.copyOf(good, good.length / 2));

        List<Item> many = base();
        for (int i = 0; i <= 10_000; i++) {
            many.add(Item.deflated("attachments/p" + i + ".txt", new byte[] {'x'}));
        }
        add("refuses a package with more than 10,000 entries", "zip-too-many-entries", zip(many));

        PackageLimits oneMib = PackageLimits.defaults().withMaxTotalBytes(64 * MIB).withMaxEntryBytes(MIB);
        byte[] twoMib = randomBytes((int) (2 * MIB));
        add("refuses an entry that declares more bytes than allowed", "zip-entry-too-large",
                zip(with(base(), Item.deflated("attachments/big.pdf", twoMib))), oneMib);
        add("refuses an entry that inflates past the limit although its header says it is small", "zip-entry-too-large",
                ZipPatch.declareSize(zip(with(base(), Item.deflated("attachments/big.pdf", twoMib))), "attachments/big.pdf", 100),
                oneMib);
        PackageLimits threeMibTotal = PackageLimits.defaults().withMaxTotalBytes(3 * MIB);
        add("refuses a package whose entries together pass the total limit", "zip-total-too-large",
                zip(with(base(), Item.deflated("attachments/a.pdf", randomBytes((int) (1.2 * MIB))),
                        Item.deflated("attachments/b.pdf", randomBytes((int) (1.2 * MIB))),
                        Item.deflated("attachments/c.pdf", randomBytes((int) (1.2 * MIB))))), threeMibTotal);
        byte[] zeros = new byte[(int) (64 * MIB)];
        add("refuses a ZIP bomb: 64 MiB of zeros in a few kilobytes", "zip-compression-ratio-too-high",
                zip(with(base(), Item.deflated("attachments/bomb.pdf", zeros))));
        add("refuses a ZIP bomb whose directory claims a harmless size", "zip-compression-ratio-too-high",
                ZipPatch.declareSize(zip(with(base(), Item.deflated("attachments/bomb.pdf", zeros))), "attachments/bomb.pdf", 1000));

        add("refuses a zip entry that climbs out of the package", "zip-path-traversal",
                zip(with(base(), Item.deflated("../evil.xml", pdf()))));
        add("refuses an attachment path that climbs out through its folder", "zip-path-traversal",
                zip(with(base(), Item.deflated("attachments/../../etc/cron.d/evil", pdf()))));
        add("refuses a Windows-style path that climbs out", "zip-path-traversal",
                zip(with(base(), Item.deflated("attachments\\..\\..\\evil.pdf", pdf()))));
        add("refuses an absolute Unix path", "zip-absolute-path", zip(with(base(), Item.deflated("/etc/passwd", pdf()))));
        add("refuses a path with a drive letter", "zip-absolute-path",
                zip(with(base(), Item.deflated("C:/Windows/evil.pdf", pdf()))));
        add("refuses two entries with the same name", "zip-duplicate-entry", ZipPatch.rename(
                zip(with(base(), Item.deflated("attachments/a.pdf", pdf()), Item.deflated("attachments/b.pdf", pdf()))),
                "attachments/b.pdf", "attachments/a.pdf", true));
        add("refuses two names that differ only in case", "zip-duplicate-entry",
                zip(with(base(), Item.deflated("attachments/Scan.pdf", pdf()), Item.deflated("attachments/scan.pdf", pdf()))));
        add("refuses a name with a control character", "zip-odd-entry-name",
                zip(with(base(), Item.deflated("attachments/a\u0007.pdf", pdf()))));
        add("refuses a name with an empty segment", "zip-odd-entry-name",
                zip(with(base(), Item.deflated("attachments//a.pdf", pdf()))));
        add("refuses a name with a '.' segment", "zip-odd-entry-name",
                zip(with(base(), Item.deflated("attachments/./a.pdf", pdf()))));
        add("refuses a name with a backslash", "zip-odd-entry-name",
                zip(with(base(), Item.deflated("attachments\\a.pdf", pdf()))));
        add("refuses a name outside the portable character set", "zip-odd-entry-name",
                zip(with(base(), Item.deflated("attachments/申请书.pdf", pdf()))));
        add("refuses an entry marked as a symbolic link", "zip-link-entry", ZipPatch.makeSymlink(
                zip(with(base(), Item.deflated("attachments/link.pdf", "/etc/passwd".getBytes(StandardCharsets.US_ASCII)))),
                "attachments/link.pdf"));
        add("refuses an archive named as one", "zip-nested-archive",
                zip(with(base(), Item.deflated("attachments/inner.zip", innerZip()))));
        add("refuses an archive disguised as a PDF", "zip-nested-archive",
                zip(with(base(), Item.deflated("attachments/report.pdf", innerZip()))));
        add("refuses gzip content under a neutral name", "zip-nested-archive",
                zip(with(base(), Item.deflated("attachments/data.bin", gzip(randomBytes(4096))))));
        add("refuses an encrypted entry", "zip-unsupported-entry",
                ZipPatch.markEncrypted(zip(with(base(), Item.deflated("attachments/a.pdf", pdf()))), "attachments/a.pdf"));
        add("refuses a directory that names other entries than the file holds", "zip-inconsistent-directory",
                ZipPatch.rename(zip(with(base(), Item.deflated("attachments/a.pdf", pdf()))), "attachments/a.pdf",
                        "attachments/b.pdf", false));
    }

    private void layout() throws Exception {
        add("refuses a package without mimetype", "mimetype-missing",
                zip(List.of(Item.deflated("batch.xml", Payloads.batchFrom(SENDER)))));
        add("refuses a package whose mimetype is not the first entry", "mimetype-misplaced",
                zip(List.of(Item.deflated("batch.xml", Payloads.batchFrom(SENDER)), Item.stored("mimetype", mimetype()))));
        add("refuses a compressed mimetype", "mimetype-compressed",
                zip(List.of(Item.deflated("mimetype", mimetype()), Item.deflated("batch.xml", Payloads.batchFrom(SENDER)))));
        add("refuses a package of another media type", "mimetype-wrong-value",
                zip(List.of(Item.stored("mimetype", "application/zip".getBytes(StandardCharsets.US_ASCII)),
                        Item.deflated("batch.xml", Payloads.batchFrom(SENDER)))));
        add("refuses a package with no payload", "payload-missing",
                zip(List.of(Item.stored("mimetype", mimetype()), Item.deflated("attachments/a.pdf", pdf()))));
        add("refuses a package with two payloads", "payload-ambiguous",
                zip(with(base(), Item.deflated("receipt.xml", Payloads.batchFrom(SENDER)))));
        add("refuses an entry outside the allowed folders", "entry-outside-layout",
                zip(with(base(), Item.deflated("notes/readme.txt", pdf()))));
        add("refuses extra files in META-INF", "entry-outside-layout",
                zip(with(base(), Item.deflated("META-INF/manifest.xml", pdf()))));
        add("refuses a payload with a DOCTYPE (billion laughs)", "dtd-refused", zip(List.of(
                Item.stored("mimetype", mimetype()), Item.deflated("batch.xml", laughs("<b:Batch xmlns:b=\"urn:x\">&lol9;</b:Batch>")))));
        add("refuses a payload that declares an external entity on the network", "dtd-refused", zip(List.of(
                Item.stored("mimetype", mimetype()), Item.deflated("batch.xml", ("<?xml version=\"1.0\"?>\n"
                        + "<!DOCTYPE b [<!ENTITY x SYSTEM \"http://127.0.0.1:9/steal\">]><b>&x;</b>").getBytes(StandardCharsets.UTF_8)))));
        add("refuses a payload that does not start with Sender/Code", "payload-sender-missing", signed(with(base0(),
                Item.deflated("batch.xml", "<b:Batch xmlns:b=\"urn:x\"><b:Header/></b:Batch>".getBytes(StandardCharsets.UTF_8)))));
    }

    private void signatureDocument() throws Exception {
        add("refuses an unsigned package", "signature-missing", zip(goodItems()));
        add("refuses a signature document larger than 4 MiB", "signature-too-large", zip(with(goodItems(),
                Item.deflated("META-INF/signatures.xml", ("<x>" + Base64.getEncoder().encodeToString(randomBytes((int) (4 * MIB)))
                        + "</x>").getBytes(StandardCharsets.US_ASCII)))));
        add("refuses a signature document that is not XML", "signature-malformed", zip(with(goodItems(),
                Item.deflated("META-INF/signatures.xml", "not xml".getBytes(StandardCharsets.US_ASCII)))));
        add("refuses a signature with a DOCTYPE fetching an external entity", "dtd-refused", resign(x ->
                "<?xml version=\"1.0\"?><!DOCTYPE ds:Signature [<!ENTITY e SYSTEM \"http://127.0.0.1:9/x\">]>"
                        + x.substring(x.indexOf("<ds:Signature"))));
        add("refuses a signature with an internal entity bomb", "dtd-refused", resign(x ->
                new String(laughs(x.substring(x.indexOf("<ds:Signature"))), StandardCharsets.UTF_8)));
        add("refuses a KeyInfo that asks to retrieve a key from the network", "signature-malformed", resign(x ->
                x.replace("<ds:X509Data>", "<ds:RetrievalMethod URI=\"http://127.0.0.1:9/key\"/><ds:X509Data>")));
        add("refuses a second Signature hidden in the document", "signature-not-single", resign(x ->
                x.replace("<ds:Object>", "<ds:Object><ds:Signature/>")));
        add("refuses a reference to a file outside the package", "signature-wrapping", resign(x ->
                x.replace("URI=\"attachments/form-scan.pdf\"", "URI=\"file:///etc/passwd\"")));
        add("refuses a reference to a network resource", "signature-wrapping", resign(x ->
                x.replace("URI=\"attachments/form-scan.pdf\"", "URI=\"http://127.0.0.1:9/form-scan.pdf\"")));
        add("refuses a reference that names an entry in a non-canonical way", "signature-wrapping", resign(x ->
                x.replace("URI=\"batch.xml\"", "URI=\"./batch.xml\"")));
        add("refuses a reference that transforms the entry before digesting it", "signature-wrapping", resign(x ->
                x.replace("URI=\"batch.xml\">", "URI=\"batch.xml\"><ds:Transforms><ds:Transform Algorithm="
                        + "\"http://www.w3.org/TR/1999/REC-xpath-19991116\"><ds:XPath>1</ds:XPath></ds:Transform></ds:Transforms>")));
        add("refuses a second Object carrying forged signed properties", "signature-wrapping", resign(x ->
                x.replace("</ds:Signature>", "<ds:Object><ds:SignatureProperties Id=\"forged\"/></ds:Object></ds:Signature>")));
        add("refuses an Id used twice", "signature-wrapping", resign(x ->
                x.replace("<ds:KeyInfo>", "<ds:KeyInfo Id=\"signing-time\">")));
        add("refuses a SHA-1 digest", "weak-algorithm", resign(x -> x.replaceFirst(
                "http://www.w3.org/2001/04/xmlenc#sha256", "http://www.w3.org/2000/09/xmldsig#sha1")));
        add("refuses an RSA-SHA1 signature", "weak-algorithm", resign(x -> x.replace(
                "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "http://www.w3.org/2000/09/xmldsig#rsa-sha1")));
        add("refuses inclusive canonicalization of SignedInfo", "weak-algorithm", resign(x -> x.replaceFirst(
                "http://www.w3.org/2001/10/xml-exc-c14n#", "http://www.w3.org/TR/2001/REC-xml-c14n-20010315")));
        add("refuses a certificate with a 1024-bit RSA key", "weak-key", resign(x -> swapCertificate(x, weakCertificate())));
        add("refuses a signature whose signed entry was removed", "reference-to-missing-entry",
                zip(without(signedItems(), "attachments/form-scan.pdf")));
        add("refuses an entry added after signing", "entry-not-signed",
                zip(with(signedItems(), Item.deflated("attachments/added-later.pdf", pdf()))));
        add("refuses a payload changed after signing", "digest-mismatch", zip(change(signedItems(), "batch.xml")));
        add("refuses an attachment changed after signing", "digest-mismatch",
                zip(change(signedItems(), "attachments/form-scan.pdf")));
        add("refuses a changed signature value", "signature-value-invalid", resign(HostileCorpus::alterSignatureValue));
        add("refuses a registered certificate pasted into a signature made with another key", "signature-value-invalid",
                resign(pki.signer(SENDER, KeyType.RSA_3072.generate(), Instant.now().minus(Duration.ofDays(1)),
                        Instant.now().plus(Duration.ofDays(1)), false), x -> swapCertificate(x, signer.certificate())));
        add("refuses a signature that does not sign its signing time", "signing-time-missing", resign(x ->
                x.replaceAll("<ds:Reference [^>]*URI=\"#signing-time\".*?</ds:Reference>", "")));
        add("refuses a signing time in the future", "signing-time-in-future",
                signedWith(signer, goodItems(), Clock.offset(Clock.systemUTC(), Duration.ofDays(2))));
    }

    private void signers() throws Exception {
        Instant now = Instant.now();
        SigningKey expired = pki.signer(SENDER, KeyType.RSA_3072.generate(), now.minus(Duration.ofDays(30)),
                now.minus(Duration.ofDays(1)), true);
        add("refuses a signer whose certificate had expired at signing time", "certificate-expired",
                signedWith(expired, goodItems(), Clock.systemUTC()));
        SigningKey notYet = pki.signer(SENDER, KeyType.RSA_3072.generate(), now.plus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)), true);
        add("refuses a signer whose certificate was not yet valid at signing time", "certificate-not-yet-valid",
                signedWith(notYet, goodItems(), Clock.systemUTC()));
        SigningKey revoked = pki.registeredSigner(SENDER);
        pki.folder().revoke(revoked.certificate(), OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(2), "keyCompromise 私钥泄露");
        add("refuses a signer revoked before signing", "certificate-revoked", signedWith(revoked, goodItems(), Clock.systemUTC()));
        TestPki foreign = TestPki.create(dir.resolve("foreign-pki"), KeyType.RSA_3072, "Pilot Test CA");
        add("refuses a signer issued by a foreign CA with the same name", "certificate-untrusted-issuer",
                signedWith(foreign.registeredSigner(SENDER), goodItems(), Clock.systemUTC()));
        SigningKey unregistered = pki.signer("310199", KeyType.RSA_3072.generate(), now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)), false);
        add("refuses a signer whose certificate is not registered", "certificate-not-registered",
                signedWith(unregistered, goodItems(), Clock.systemUTC()));
        SigningKey changning = pki.registeredSigner("310105");
        add("refuses a district signing a batch that claims another district", "signer-not-claimed-sender",
                signedWith(changning, goodItems(), Clock.systemUTC()));
    }

    // --- building blocks ----------------------------------------------------------------

    private void add(String description, String expected, byte[] bytes) throws IOException {
        add(description, expected, bytes, PackageLimits.defaults());
    }

    private void add(String description, String expected, byte[] bytes, PackageLimits limits) throws IOException {
        String file = String.format("%02d-%s.zip", ++counter, expected);
        Files.write(dir.resolve(file), bytes);
        cases.add(new HostileCase(description, expected, file, limits));
    }

    private static byte[] mimetype() {
        return MIMETYPE.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] pdf() {
        return "%PDF-1.7\n% a scanned, stamped application form\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    /** mimetype only, for packages whose payload is the point. */
    private static List<Item> base0() {
        List<Item> items = new ArrayList<>();
        items.add(Item.stored("mimetype", mimetype()));
        return items;
    }

    /** mimetype and a good payload. */
    private static List<Item> base() {
        List<Item> items = base0();
        items.add(Item.deflated("batch.xml", Payloads.batchFrom(SENDER)));
        return items;
    }

    private static List<Item> goodItems() {
        return with(base(), Item.deflated("attachments/form-scan.pdf", pdf()));
    }

    private static List<Item> with(List<Item> items, Item... more) {
        List<Item> out = new ArrayList<>(items);
        out.addAll(List.of(more));
        return out;
    }

    private static List<Item> without(List<Item> items, String name) {
        return items.stream().filter(i -> !i.name().equals(name)).toList();
    }

    private static List<Item> change(List<Item> items, String name) {
        return items.stream().map(i -> {
            if (!i.name().equals(name)) {
                return i;
            }
            byte[] b = i.bytes().clone();
            b[b.length - 3] ^= 0x20;
            return new Item(i.name(), b, i.stored());
        }).toList();
    }

    private byte[] zip(List<Item> items) throws IOException {
        Path f = Files.createTempFile(dir, "zip", ".tmp");
        ZipFiles.write(f, items);
        byte[] bytes = Files.readAllBytes(f);
        Files.delete(f);
        return bytes;
    }

    private byte[] signed(List<Item> items) throws IOException, RefusedException {
        return signedWith(signer, items, Clock.systemUTC());
    }

    private byte[] signedWith(SigningKey key, List<Item> items, Clock clock) throws IOException, RefusedException {
        Path in = Files.createTempFile(dir, "unsigned", ".tmp");
        Path out = Files.createTempFile(dir, "signed", ".tmp");
        Files.write(in, zip(items));
        new PackageSigner(key, clock, PackageLimits.defaults()).sign(in, out);
        byte[] bytes = Files.readAllBytes(out);
        Files.delete(in);
        Files.delete(out);
        return bytes;
    }

    private List<Item> signedItems() throws IOException, RefusedException {
        Path f = Files.createTempFile(dir, "signed", ".tmp");
        Files.write(f, signed(goodItems()));
        List<Item> items = ZipFiles.items(f);
        Files.delete(f);
        return items;
    }

    /** A good signed package whose signature document is rewritten by {@code edit}. */
    private byte[] resign(UnaryOperator<String> edit) throws IOException, RefusedException {
        return resign(signer, edit);
    }

    private byte[] resign(SigningKey key, UnaryOperator<String> edit) throws IOException, RefusedException {
        Path f = Files.createTempFile(dir, "signed", ".tmp");
        Files.write(f, signedWith(key, goodItems(), Clock.systemUTC()));
        List<Item> items = new ArrayList<>();
        for (Item i : ZipFiles.items(f)) {
            if (i.name().equals("META-INF/signatures.xml")) {
                String edited = edit.apply(new String(i.bytes(), StandardCharsets.UTF_8));
                items.add(Item.deflated(i.name(), edited.getBytes(StandardCharsets.UTF_8)));
            } else {
                items.add(i);
            }
        }
        Files.delete(f);
        return zip(items);
    }

    private static String swapCertificate(String xml, java.security.cert.X509Certificate cert) {
        try {
            int start = xml.indexOf("<ds:X509Certificate>") + "<ds:X509Certificate>".length();
            int end = xml.indexOf("</ds:X509Certificate>");
            return xml.substring(0, start) + Base64.getEncoder().encodeToString(cert.getEncoded()) + xml.substring(end);
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private java.security.cert.X509Certificate weakCertificate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(1024);
            return pki.signer(SENDER, g.generateKeyPair(), Instant.now().minus(Duration.ofDays(1)),
                    Instant.now().plus(Duration.ofDays(1)), true).certificate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String alterSignatureValue(String xml) {
        int start = xml.indexOf("<ds:SignatureValue>") + "<ds:SignatureValue>".length();
        int end = xml.indexOf("</ds:SignatureValue>");
        String value = xml.substring(start, end).replaceAll("\\s|&#13;", "");
        byte[] raw = Base64.getDecoder().decode(value);
        raw[raw.length / 2] ^= 0x01;
        return xml.substring(0, start) + Base64.getEncoder().encodeToString(raw) + xml.substring(end);
    }

    private static byte[] laughs(String body) {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            String prev = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(prev.repeat(10)).append("\">");
        }
        dtd.append("]>\n");
        return (dtd + body).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] innerZip() throws IOException {
        return zip(List.of(Item.deflated("inner.txt", randomBytes(100))));
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        }
        return out.toByteArray();
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
