package cn.sh.pilot.app.inbox;

import cn.sh.pilot.exchange.inbox.PackageStore;
import cn.sh.pilot.exchange.signature.SigningKey;
import cn.sh.pilot.exchange.trust.Pem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Benchmark (not a test): import time of a 10,000-item recommendation batch through the real
 * server, from the drop into the drop folder to the signed receipt, and the server's own claim →
 * decision time. Run by {@code modules/app/bench/inbox-bench.sh}; the database is the one
 * {@code PILOT_DB_URL} names (embedded H2 when empty). Writes the last payload to
 * {@code <work>/payload.xml} for {@code xmllint}.
 *
 * <p>Arguments: work folder, number of runs (default 3), items per batch (default 10000).
 */
public final class InboxBenchmark {

    private InboxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path appDir = Path.of(System.getProperty("pilot.app.dir", "modules/app")).toAbsolutePath();
        Path work = Files.createDirectories(Path.of(args[0]).toAbsolutePath());
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int items = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        Path data = work.resolve("data");
        Batches batches = new Batches(Files.createDirectories(work.resolve("packages")));
        List<String> lines = new ArrayList<>();
        try (SiteProcess site = SiteProcess.start(appDir, data, SiteProcess.freePort(), SiteProcess.freePort(),
                "bench-Admin-Passw0rd!", work.resolve("site.log"))) {
            char[] password = Files.readString(data.resolve("demo-keys/keystore-password.txt")).strip().toCharArray();
            String[] codes = {"310101", "310104", "310105", "310106", "310107", "310109", "310110", "310112"};
            for (int run = 0; run < runs; run++) {
                String code = codes[run % codes.length];
                SigningKey key = SigningKey.fromPkcs12(data.resolve("demo-keys/keys/" + code + ".p12"), password);
                site.postText("/api/admin/trust/recommenders/" + code + "/certificates", Pem.write(key.certificate()));
                String batchId = UUID.randomUUID().toString();
                String xml = Batches.largeBatchXml(code, batchId, items);
                Files.writeString(work.resolve("payload.xml"), xml, StandardCharsets.UTF_8);
                Path pkg = batches.signed(xml, key);
                String sha = PackageStore.digestOf(pkg);
                Path receipts = data.resolve("dropbox/" + code + "/receipts");
                Instant start = Instant.now();
                Batches.drop(pkg, data.resolve("dropbox/" + code + "/inbox"), "bench-" + run + ".zip");
                while (!hasReceipt(receipts, sha)) {
                    Thread.sleep(20);
                }
                Duration wall = Duration.between(start, Instant.now());
                String status = site.get("/api/inbox/" + sha).body();
                String line = String.format("run %d: %d items, package %d bytes, payload %d bytes, drop → receipt %d ms,"
                        + " review rows %s, state %s, batch %s", run + 1, items, Files.size(pkg),
                        xml.getBytes(StandardCharsets.UTF_8).length, wall.toMillis(), find(status, "importedRows"),
                        find(status, "state"), batchId);
                System.out.println(line);
                lines.add(line);
            }
        }
        Files.write(work.resolve("results.txt"), lines);
    }

    private static boolean hasReceipt(Path folder, String sha) throws Exception {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith(sha) && f.toString().endsWith(".receipt.zip"));
        }
    }

    private static String find(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        return m.find() ? m.group(1) : "?";
    }
}
