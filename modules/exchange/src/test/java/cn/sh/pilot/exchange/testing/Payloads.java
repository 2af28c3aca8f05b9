package cn.sh.pilot.exchange.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Minimal payload documents: the root, then Sender/Code as the first child, as every schema requires. */
public final class Payloads {

    private Payloads() {
    }

    public static byte[] batchFrom(String senderCode) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<b:RecommendationBatch xmlns:b=\"urn:cn:sh:pilot:batch:v1\" xmlns:c=\"urn:cn:sh:pilot:common:v1\">"
                + "<c:Sender><c:Code>" + senderCode + "</c:Code></c:Sender>"
                + "<b:Header><b:BatchId>B-" + senderCode + "-2023-0001</b:BatchId></b:Header>"
                + "<b:Note>推荐意见：同意推荐 / recommended</b:Note>"
                + "</b:RecommendationBatch>\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The repository's {@code schemas/samples} folder, found from the working directory upwards. */
    public static Path samples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("schemas/samples"))) {
                return dir.resolve("schemas/samples");
            }
        }
        throw new IllegalStateException("schemas/samples not found above " + Path.of("").toAbsolutePath());
    }
}
