package cn.sh.pilot.exchange.inbox;

import static cn.sh.pilot.exchange.inbox.InboxWorld.XUHUI;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.sh.pilot.contracts.receipt.v1.Receipt;
import cn.sh.pilot.contracts.receipt.v1.Verdict;
import cn.sh.pilot.exchange.transport.SiteFolders;
import cn.sh.pilot.exchange.transport.inbox.InboxWatcher;

/** The inbox watcher wired to the pipeline, as the application starts them. */
class InboxEndToEndTest {

    @TempDir
    Path tmp;

    @Test
    void a_package_dropped_into_the_drop_folder_is_answered_with_a_receipt_within_seconds() throws Exception {
        InboxWorld world = new InboxWorld(tmp);
        InboxPipeline pipeline = world.pipeline();
        new InboxRecovery(pipeline).onStart();
        Path inbox = SiteFolders.dropbox(world.dataDir).inbox(XUHUI);
        Files.createDirectories(inbox);
        Path pkg = world.batch(XUHUI);

        try (InboxWatcher watcher = InboxWatcher.start(world.sftpRoot, world.dataDir, pipeline.listener())) {
            Path part = inbox.resolve("batch-310104-0002.zip.part");
            Files.copy(pkg, part);
            Files.move(part, inbox.resolve("batch-310104-0002.zip"), StandardCopyOption.ATOMIC_MOVE);

            long deadline = System.nanoTime() + 10_000_000_000L;
            while (world.receipts(XUHUI).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }

        List<Receipt> receipts = world.readAll(XUHUI);
        assertThat(receipts).singleElement().satisfies(r -> {
            assertThat(r.getVerdict()).isEqualTo(Verdict.ACCEPTED);
            assertThat(r.getPackageSha256()).isEqualTo(PackageStore.digestOf(pkg));
        });
        assertThat(world.handler.imported).hasSize(InboxWorld.SAMPLE_ITEMS);
        assertThat(world.inboxFiles(XUHUI)).isEmpty();
    }
}
