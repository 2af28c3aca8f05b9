package cn.sh.pilot.app.inbox;

import cn.sh.pilot.contracts.receipt.v1.ItemResult;
import cn.sh.pilot.contracts.receipt.v1.ItemVerdict;
import cn.sh.pilot.contracts.receipt.v1.Receipt;
import cn.sh.pilot.contracts.receipt.v1.Verdict;
import cn.sh.pilot.exchange.inbox.PackageStore;
import cn.sh.pilot.exchange.receipt.ReceiptReader;
import cn.sh.pilot.exchange.signature.PackageVerifier;
import cn.sh.pilot.exchange.signature.SigningKey;
import cn.sh.pilot.exchange.trust.FolderTrustStore;
import cn.sh.pilot.exchange.trust.Pem;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of the real server while it imports a 10,000-item batch, at several points: just after the
 * drop (storing, recording), early in the import transaction and late in it. After each restart on
 * the same data directory and database, the batch is imported exactly once (10,000 review rows, one
 * arrival) and its one receipt says what the database holds.
 */
class InboxCrashIT {

    private static final String ADMIN_PASSWORD = System.getProperty("pilot.it.admin.password", "it-Admin-Passw0rd!");
    private static final int ITEMS = 10_000;

    private final Path appDir = Path.of(System.getProperty("pilot.app.dir", ".")).toAbsolutePath();

    private record KillPoint(String recommender, String when, Duration afterProcessingStarts) {
    }

    @Test
    void a_ten_thousand_item_batch_killed_at_several_points_is_imported_exactly_once_after_each_restart()
            throws Exception {
        Path work = Files.createDirectories(appDir.resolve("target/inbox-crash-it/run-" + System.currentTimeMillis()));
        Path data = work.resolve("data");
        Path log = work.resolve("site.log");
        int httpPort = SiteProcess.freePort();
        int sftpPort = SiteProcess.freePort();
        Batches batches = new Batches(Files.createDirectories(work.resolve("packages")));
        List<KillPoint> points = List.of(
                new KillPoint("310104", "right after the drop", null),
                new KillPoint("310105", "early in the import", Duration.ofMillis(200)),
                new KillPoint("310106", "late in the import", Duration.ofMillis(2500)));

        SiteProcess site = SiteProcess.start(appDir, data, httpPort, sftpPort, ADMIN_PASSWORD, log);
        try {
            Path demoKeys = data.resolve("demo-keys");
            char[] password = Files.readString(demoKeys.resolve("keystore-password.txt")).strip().toCharArray();
            for (KillPoint point : points) {
                SigningKey key = SigningKey.fromPkcs12(demoKeys.resolve("keys/" + point.recommender() + ".p12"), password);
                HttpResponse<String> registered = site.postText("/api/admin/trust/recommenders/" + point.recommender()
                        + "/certificates", Pem.write(key.certificate()));
                assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
                String batchId = UUID.randomUUID().toString();
                Path pkg = batches.signed(Batches.largeBatchXml(point.recommender(), batchId, ITEMS), key);
                String sha = PackageStore.digestOf(pkg);

                Batches.drop(pkg, data.resolve("dropbox/" + point.recommender() + "/inbox"), "large.zip");
                if (point.afterProcessingStarts() != null) {
                    awaitState(site, sha, "PROCESSING", Duration.ofSeconds(60));
                    Thread.sleep(point.afterProcessingStarts().toMillis());
                }
                String stateAtKill = state(site, sha);
                if (point.afterProcessingStarts() != null) {
                    assertThat(stateAtKill).as("killed inside the import transaction").isEqualTo("PROCESSING");
                }
                site.kill();
                site = SiteProcess.start(appDir, data, httpPort, sftpPort, ADMIN_PASSWORD, log);

                awaitState(site, sha, "IMPORTED", Duration.ofSeconds(180));
                Path receipts = data.resolve("dropbox/" + point.recommender() + "/receipts");
                List<Path> answered = awaitReceipts(receipts, Duration.ofSeconds(60));
                String context = point.when() + " (state at kill: " + stateAtKill + ")";
                assertThat(answered).as(context).hasSize(1);
                Receipt receipt = new ReceiptReader(new PackageVerifier(FolderTrustStore.load(demoKeys.resolve("trust"))))
                        .read(answered.get(0));
                assertThat(receipt.getVerdict()).as(context).isEqualTo(Verdict.ACCEPTED);
                assertThat(receipt.getPackageSha256()).isEqualTo(sha);
                assertThat(receipt.getItemResult()).as(context).hasSize(ITEMS)
                        .extracting(ItemResult::getVerdict).containsOnly(ItemVerdict.ACCEPTED);

                String status = site.get("/api/inbox/" + sha).body();
                assertThat(number(status, "arrivals")).as(context).isEqualTo(1);
                assertThat(number(status, "itemsAccepted")).as(context).isEqualTo(ITEMS);
                assertThat(number(site.get("/api/inbox/batches/" + batchId + "/items").body(), "items"))
                        .as(context + ": review rows").isEqualTo(ITEMS);
            }
        } finally {
            site.close();
        }
    }

    private static String state(SiteProcess site, String sha) throws Exception {
        HttpResponse<String> r = site.get("/api/inbox/" + sha);
        if (r.statusCode() == 404) {
            return "not recorded";
        }
        Matcher m = Pattern.compile("\"state\":\"([A-Z]+)\"").matcher(r.body());
        return m.find() ? m.group(1) : "unknown: " + r.statusCode();
    }

    private static void awaitState(SiteProcess site, String sha, String wanted, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        String seen = null;
        while (Instant.now().isBefore(deadline)) {
            seen = state(site, sha);
            if (seen.equals(wanted)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("package " + sha + " not " + wanted + " within " + within + " (last: " + seen + ")\n"
                + site.tail());
    }

    private static List<Path> awaitReceipts(Path folder, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(".receipt.zip")).toList();
                    if (!found.isEmpty()) {
                        Thread.sleep(500); // a second receipt would be a fault: give it the chance to show
                        try (Stream<Path> again = Files.list(folder)) {
                            return again.filter(f -> f.getFileName().toString().endsWith(".receipt.zip")).toList();
                        }
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no receipt in " + folder + " within " + within);
    }

    private static long number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        assertThat(m.find()).as(name + " in " + json).isTrue();
        return Long.parseLong(m.group(1));
    }
}
