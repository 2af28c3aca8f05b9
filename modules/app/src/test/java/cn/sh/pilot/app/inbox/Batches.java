package cn.sh.pilot.app.inbox;

import cn.sh.pilot.exchange.container.PackageBuilder;
import cn.sh.pilot.exchange.signature.PackageSigner;
import cn.sh.pilot.exchange.signature.SigningKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Signed recommendation batch packages for the inbox tests, made from the schema's Xuhui sample with
 * fresh batch, item and application ids: any sender, sequence and previous package.
 */
public final class Batches {

    private static final String SAMPLE_PREVIOUS = "a3f5e1c27b9d4e8f6a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6b7";
    private final Path work;
    private final AtomicInteger names = new AtomicInteger();

    public Batches(Path work) {
        this.work = work;
    }

    static String sample() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve("schemas/samples/recommendation-batch/good/district-xuhui-sequence-2.xml");
            if (Files.isRegularFile(p)) {
                return Files.readString(p);
            }
        }
        throw new IllegalStateException("schema samples not found");
    }

    /** The sample as batch {@code batchId} of {@code recommender} (header and sender), fresh item and application ids. */
    public static String batchXml(String recommender, String batchId, int sequence, String previous) throws IOException {
        String xml = sample().replace("310104", recommender)
                .replace("7c9e6679-7425-40de-944b-e07fc1f90ae7", batchId)
                .replace("<bt:Sequence>2</bt:Sequence>", "<bt:Sequence>" + sequence + "</bt:Sequence>");
        xml = previous == null
                ? xml.replaceAll("\\s*<bt:PreviousBatchSha256>[0-9a-f]+</bt:PreviousBatchSha256>", "")
                : xml.replace(SAMPLE_PREVIOUS, previous);
        for (String id : new String[] {"1b4e28ba-2fa1-41d2-883f-0016d3cca427", "6fa459ea-ee8a-4ca4-894e-db77e160355e",
                "3f1c2a9e-8b7d-4c6e-9a51-2d0e4b7f6a13", "b6a0d1c4-2e3f-4a5b-8c9d-0e1f2a3b4c5d"}) {
            xml = xml.replace(id, UUID.randomUUID().toString());
        }
        return xml;
    }

    /**
     * A batch of {@code items} items: the sample's first item repeated with fresh item and application
     * ids and ranks 1…n (a 10,000-item batch is about 40 MB of XML).
     */
    static String largeBatchXml(String recommender, String batchId, int items) throws IOException {
        String xml = batchXml(recommender, batchId, 1, null);
        int first = xml.indexOf("<bt:Item>");
        int second = xml.indexOf("<bt:Item>", first + 1);
        int end = xml.lastIndexOf("</bt:Item>") + "</bt:Item>".length();
        String template = xml.substring(first, second);
        Matcher itemId = Pattern.compile("<bt:ItemId>([^<]+)</bt:ItemId>").matcher(template);
        Matcher applicationId = Pattern.compile("<ap:ApplicationId>([^<]+)</ap:ApplicationId>").matcher(template);
        if (!itemId.find() || !applicationId.find()) {
            throw new IllegalStateException("sample item without ids");
        }
        StringBuilder out = new StringBuilder(xml.length() * items / 2);
        out.append(xml, 0, first);
        for (int i = 1; i <= items; i++) {
            out.append(template.replace(itemId.group(1), UUID.randomUUID().toString())
                    .replace(applicationId.group(1), UUID.randomUUID().toString())
                    .replace("<bt:PriorityRank>1</bt:PriorityRank>", "<bt:PriorityRank>" + i + "</bt:PriorityRank>"));
        }
        out.append(xml.substring(end));
        return out.toString().replace("<bt:ItemCount>2</bt:ItemCount>", "<bt:ItemCount>" + items + "</bt:ItemCount>");
    }

    public Path signed(String xml, SigningKey signer) throws Exception {
        int n = names.incrementAndGet();
        Path unsigned = work.resolve("unsigned-" + n + ".zip");
        Path signed = work.resolve("batch-" + n + ".zip");
        PackageBuilder.create().payload("batch.xml", xml.getBytes(StandardCharsets.UTF_8)).writeTo(unsigned);
        new PackageSigner(signer).sign(unsigned, signed);
        return signed;
    }

    /** A copy of a signed package whose payload was changed after signing (its signature still the old one). */
    Path tampered(Path signed, String from, String to) throws IOException {
        Path out = work.resolve("tampered-" + names.incrementAndGet() + ".zip");
        try (ZipFile zip = new ZipFile(signed.toFile()); ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                byte[] bytes;
                try (InputStream in = zip.getInputStream(e)) {
                    bytes = in.readAllBytes();
                }
                if (e.getName().equals("batch.xml")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(e.getName());
                if (e.getMethod() == ZipEntry.STORED) {
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(bytes.length);
                    copy.setCompressedSize(bytes.length);
                    copy.setCrc(crc.getValue());
                }
                z.putNextEntry(copy);
                z.write(bytes);
                z.closeEntry();
            }
        }
        return out;
    }

    /** Drops a package into a drop-folder inbox as an integrator should: temporary name, then rename. */
    public static Path drop(Path pkg, Path inbox, String name) throws IOException {
        Files.createDirectories(inbox);
        Path part = inbox.resolve("." + name + ".part");
        try (OutputStream out = Files.newOutputStream(part)) {
            Files.copy(pkg, out);
        }
        return Files.move(part, inbox.resolve(name));
    }
}
