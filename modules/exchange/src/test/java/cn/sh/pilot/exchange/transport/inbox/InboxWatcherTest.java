package cn.sh.pilot.exchange.transport.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.pilot.exchange.transport.SiteFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link InboxWatcher} over real folders: the SFTP sites and the drop folder. */
class InboxWatcherTest {

    @TempDir
    Path tmp;

    private final List<InboxArrival> arrivals = new CopyOnWriteArrayList<>();

    @Test
    void a_file_dropped_under_a_temporary_name_is_handed_on_once_after_its_rename() throws Exception {
        Path dataDir = tmp.resolve("data");
        try (InboxWatcher watcher = InboxWatcher.start(tmp.resolve("sftp"), dataDir, arrivals::add)) {
            Path inbox = Files.createDirectories(dataDir.resolve("dropbox/310104/inbox"));
            Path part = Files.write(inbox.resolve("b.zip.part"), new byte[4096]);
            Files.writeString(inbox.resolve(".hidden.zip"), "temporary by its leading dot");
            Files.writeString(inbox.resolve("notes.txt"), "not a package name");
            Thread.sleep(300);
            assertThat(arrivals).isEmpty();
            Files.move(part, inbox.resolve("b.zip"), StandardCopyOption.ATOMIC_MOVE);
            waitUntil(() -> !arrivals.isEmpty());
            Thread.sleep(300);
        }
        assertThat(arrivals).containsExactly(new InboxArrival("310104",
                dataDir.resolve("dropbox/310104/inbox/b.zip").toAbsolutePath(), InboxChannel.DROPBOX));
    }

    @Test
    void files_already_waiting_and_in_new_recommender_folders_are_found_in_both_layouts() throws Exception {
        SiteFolders sites = SiteFolders.sftp(tmp.resolve("sftp"));
        SiteFolders dropbox = SiteFolders.dropbox(tmp.resolve("data"));
        sites.prepare("310104");
        Files.writeString(sites.inbox("310104").resolve("waiting.zip"), "here before the watcher");
        try (InboxWatcher watcher = InboxWatcher.start(Map.of(InboxChannel.SFTP, sites, InboxChannel.DROPBOX, dropbox),
                arrivals::add, Duration.ofSeconds(30))) {
            waitUntil(() -> arrivals.size() == 1);
            dropbox.prepare("310115");
            Files.writeString(dropbox.inbox("310115").resolve("media.zip"), "from a USB stick");
            sites.prepare("310106");
            Files.writeString(sites.inbox("310106").resolve("late.zip"), "a new account");
            waitUntil(() -> arrivals.size() == 3);
        }
        assertThat(arrivals).extracting(a -> a.recommenderCode() + "/" + a.file().getFileName() + "/" + a.channel())
                .containsExactlyInAnyOrder("310104/waiting.zip/SFTP", "310115/media.zip/DROPBOX", "310106/late.zip/SFTP");
    }

    @Test
    void a_file_the_listener_failed_on_is_offered_again_at_the_next_rescan() throws Exception {
        SiteFolders sites = SiteFolders.sftp(tmp.resolve("sftp"));
        sites.prepare("310104");
        AtomicInteger calls = new AtomicInteger();
        Consumer<InboxArrival> failsOnce = arrival -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("database briefly unavailable");
            }
            arrivals.add(arrival);
        };
        try (InboxWatcher watcher = InboxWatcher.start(Map.of(InboxChannel.SFTP, sites), failsOnce, Duration.ofMillis(100))) {
            Files.writeString(sites.inbox("310104").resolve("b.zip"), "batch");
            waitUntil(() -> arrivals.size() == 1);
            Thread.sleep(300);
        }
        assertThat(calls.get()).isEqualTo(2);
        assertThat(arrivals).hasSize(1);
    }

    @Test
    void a_file_taken_away_and_sent_again_under_the_same_name_is_a_new_arrival() throws Exception {
        SiteFolders sites = SiteFolders.sftp(tmp.resolve("sftp"));
        sites.prepare("310104");
        Path store = Files.createDirectories(tmp.resolve("store"));
        AtomicInteger taken = new AtomicInteger();
        Consumer<InboxArrival> moveToStore = arrival -> {
            try {
                Files.move(arrival.file(), store.resolve(taken.incrementAndGet() + ".zip"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        try (InboxWatcher watcher = InboxWatcher.start(Map.of(InboxChannel.SFTP, sites), moveToStore, Duration.ofMillis(100))) {
            Files.writeString(sites.inbox("310104").resolve("b.zip"), "first");
            waitUntil(() -> taken.get() == 1);
            Files.writeString(sites.inbox("310104").resolve("b.zip"), "again");
            waitUntil(() -> taken.get() == 2);
        }
        assertThat(store.resolve("1.zip")).hasContent("first");
        assertThat(store.resolve("2.zip")).hasContent("again");
    }

    @Test
    void symbolic_links_and_folders_with_unsafe_names_are_ignored() throws Exception {
        SiteFolders sites = SiteFolders.sftp(tmp.resolve("sftp"));
        sites.prepare("310104");
        Path outside = Files.writeString(tmp.resolve("secret.zip"), "not in any inbox");
        Files.createSymbolicLink(sites.inbox("310104").resolve("link.zip"), outside);
        Files.createDirectories(sites.base().resolve("bad code/inbox"));
        Files.writeString(sites.base().resolve("bad code/inbox/x.zip"), "x");
        try (InboxWatcher watcher = InboxWatcher.start(Map.of(InboxChannel.SFTP, sites), arrivals::add, Duration.ofMillis(100))) {
            Files.writeString(sites.inbox("310104").resolve("real.zip"), "real");
            waitUntil(() -> !arrivals.isEmpty());
            Thread.sleep(300);
        }
        assertThat(arrivals).extracting(a -> a.file().getFileName().toString()).containsExactly("real.zip");
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() < end).as("not within 10 s").isTrue();
            Thread.sleep(20);
        }
    }
}
