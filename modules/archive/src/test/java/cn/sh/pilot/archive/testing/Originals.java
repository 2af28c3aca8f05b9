package cn.sh.pilot.archive.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.exchange.container.PackageBuilder;
import cn.sh.pilot.exchange.signature.PackageSigner;
import cn.sh.pilot.exchange.signature.SigningKey;

/** Real signed exchange packages to archive, as the write-once store would hold them. */
public final class Originals {

    private Originals() {
    }

    /** A package from {@code senderCode}: payload {@code batch.xml} and one attachment, signed with {@code key}. */
    public static Path signed(Path dir, String fileName, String senderCode, SigningKey key) throws IOException, RefusedException {
        Files.createDirectories(dir);
        Path unsigned = dir.resolve(fileName + ".unsigned");
        PackageBuilder.create()
                .payload("batch.xml", payload(senderCode, fileName))
                .attach("form-scan.pdf", ("%PDF-1.4 scan of " + fileName).getBytes(StandardCharsets.US_ASCII))
                .writeTo(unsigned);
        Path signed = dir.resolve(fileName);
        new PackageSigner(key).sign(unsigned, signed);
        Files.delete(unsigned);
        return signed;
    }

    static byte[] payload(String senderCode, String note) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<b:RecommendationBatch xmlns:b=\"urn:cn:sh:pilot:batch:v1\" xmlns:c=\"urn:cn:sh:pilot:common:v1\">"
                + "<c:Sender><c:Code>" + senderCode + "</c:Code></c:Sender>"
                + "<b:Note>" + note + "</b:Note></b:RecommendationBatch>\n").getBytes(StandardCharsets.UTF_8);
    }

    public static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
