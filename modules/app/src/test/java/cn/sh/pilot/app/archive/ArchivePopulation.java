package cn.sh.pilot.app.archive;

import cn.sh.pilot.app.inbox.Batches;
import cn.sh.pilot.app.inbox.SiteProcess;
import cn.sh.pilot.exchange.inbox.PackageStore;
import cn.sh.pilot.exchange.signature.SigningKey;
import cn.sh.pilot.exchange.trust.Pem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Benchmark harness (not a test): a municipal site whose database holds many imported applications, populated the way
 * districts populate it — the real server ({@code run.sh}) receives signed recommendation batches in its drop folders,
 * each district's batches chained (sequence, previous package digest), and answers each with a signed receipt. The
 * site is stopped at the end; its data directory (embedded H2, or the database {@code PILOT_DB_URL} names) is what
 * {@code pilot archive export} then reads. Run by {@code modules/cli/bench/archive-export-bench.sh}.
 *
 * <p>Arguments: data directory (must not exist), districts, batches per district, items per batch.
 */
public final class ArchivePopulation {

    private static final String[] DISTRICTS = {"310101", "310104", "310105", "310106", "310107", "310109", "310110",
        "310112", "310113", "310114", "310115", "310116", "310117", "310118", "310120", "310151"};

    private ArchivePopulation() {
    }

    public static void main(String[] args) throws Exception {
        Path appDir = Path.of(System.getProperty("pilot.app.dir", "modules/app")).toAbsolutePath();
        Path data = Path.of(args[0]).toAbsolutePath();
        int districts = Integer.parseInt(args[1]);
        int batchesEach = Integer.parseInt(args[2]);
        int items = Integer.parseInt(args[3]);
        Path work = Files.createDirectories(data.resolveSibling(data.getFileName() + "-packages"));
        Batches batches = new Batches(work);
        Instant start = Instant.now();
        try (SiteProcess site = SiteProcess.start(appDir, data, SiteProcess.freePort(), SiteProcess.freePort(),
                "bench-Admin-Passw0rd!", data.resolveSibling("site.log"))) {
            char[] password = Files.readString(data.resolve("demo-keys/keystore-password.txt")).strip().toCharArray();
            for (int d = 0; d < districts; d++) {
                String code = DISTRICTS[d];
                SigningKey key = SigningKey.fromPkcs12(data.resolve("demo-keys/keys/" + code + ".p12"), password);
                site.postText("/api/admin/trust/recommenders/" + code + "/certificates", Pem.write(key.certificate()));
                String previous = null;
                for (int b = 1; b <= batchesEach; b++) {
                    Path pkg = batches.signed(Batches.largeBatchXml(code, UUID.randomUUID().toString(), items, b,
                            previous), key);
                    String sha = PackageStore.digestOf(pkg);
                    Batches.drop(pkg, data.resolve("dropbox/" + code + "/inbox"), "batch-" + b + ".zip");
                    awaitReceipt(data.resolve("dropbox/" + code + "/receipts"), sha, site);
                    String state = site.get("/api/inbox/" + sha).body();
                    if (!state.contains("IMPORTED")) {
                        throw new IllegalStateException("batch " + b + " of " + code + " not imported: " + state);
                    }
                    Files.delete(pkg);
                    previous = sha;
                }
                System.out.println("district " + code + ": " + batchesEach + " batches of " + items + " items imported");
            }
        }
        System.out.println("populate_ms=" + Duration.between(start, Instant.now()).toMillis());
        System.out.println("applications=" + (long) districts * batchesEach * items);
    }

    private static void awaitReceipt(Path folder, String sha, SiteProcess site) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    if (files.anyMatch(f -> f.getFileName().toString().startsWith(sha))) {
                        return;
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no receipt for " + sha + "\n" + site.tail());
    }
}
