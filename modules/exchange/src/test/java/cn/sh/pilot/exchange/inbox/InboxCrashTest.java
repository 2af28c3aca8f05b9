package cn.sh.pilot.exchange.inbox;

import static cn.sh.pilot.exchange.inbox.InboxWorld.SAMPLE_ITEMS;
import static cn.sh.pilot.exchange.inbox.InboxWorld.XUHUI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.sh.pilot.contracts.receipt.v1.Receipt;
import cn.sh.pilot.contracts.receipt.v1.Verdict;
import cn.sh.pilot.exchange.inbox.CrashingLedger.Point;
import cn.sh.pilot.exchange.receipt.ReceiptWriter;
import cn.sh.pilot.exchange.transport.inbox.InboxArrival;
import cn.sh.pilot.exchange.transport.inbox.InboxChannel;
import cn.sh.pilot.exchange.trust.TrustStore;

/**
 * A crash at every point of an import, then a restart: a fresh pipeline over the same store and
 * ledger runs {@link InboxRecovery#onStart()}, and the watcher offers whatever is still in the
 * inbox. Afterwards the package is imported exactly once and has exactly one receipt, whose
 * content is what the ledger says.
 */
class InboxCrashTest {

    @TempDir
    Path tmp;

    private InboxWorld world;

    @BeforeEach
    void world() throws Exception {
        world = new InboxWorld(tmp);
    }

    static Stream<Point> crashPoints() {
        return Stream.of(
                Point.before("recordArrival"),   // stored, not recorded: the inbox file is still there
                Point.after("recordArrival"),    // recorded, the inbox file not yet removed
                Point.after("sourceRemoved"),    // removed from the inbox, nobody has claimed it
                Point.after("claim"),            // PROCESSING, nothing judged
                Point.before("batchHolder"),     // verified and schema-checked, before the handler
                Point.before("complete"),        // the handler's work done, inside the transaction
                Point.after("complete"),         // recorded too, but the transaction never commits
                Point.before("arrivals"),        // committed, no receipt written
                Point.before("receiptWritten")); // receipt written, not noted in the ledger
    }

    @ParameterizedTest(name = "crash {0}")
    @MethodSource("crashPoints")
    void a_crash_at_any_point_and_a_restart_import_the_package_exactly_once_with_one_matching_receipt(Point point)
            throws Exception {
        Path pkg = world.batch(XUHUI);
        String sha = PackageStore.digestOf(pkg);
        CrashingLedger crashing = new CrashingLedger(world.ledger, point);

        assertThatThrownBy(() -> world.pipeline("instance-a", crashing).take(world.drop(pkg, XUHUI)))
                .isInstanceOf(SimulatedCrash.class);
        assertThat(crashing.crashed()).isTrue();

        restart();

        assertImportedOnceWithOneMatchingReceipt(sha);
    }

    @Test
    void a_crash_in_the_middle_of_the_handlers_database_work_rolls_it_back_and_a_restart_imports_once()
            throws Exception {
        Path pkg = world.batch(XUHUI);
        world.handler.failAfterItems = 1;

        assertThatThrownBy(() -> world.pipeline().take(world.drop(pkg, XUHUI))).isInstanceOf(SimulatedCrash.class);
        assertThat(world.handler.imported).isEmpty();
        assertThat(world.ledger.find(PackageStore.digestOf(pkg)).orElseThrow().state()).isEqualTo(PackageState.PROCESSING);

        restart();

        assertImportedOnceWithOneMatchingReceipt(PackageStore.digestOf(pkg));
        assertThat(world.handler.calls).hasValue(2);
    }

    @Test
    void recovery_run_twice_changes_nothing_the_second_time() throws Exception {
        Path pkg = world.batch(XUHUI);
        CrashingLedger crashing = new CrashingLedger(world.ledger, Point.after("claim"));
        assertThatThrownBy(() -> world.pipeline("instance-a", crashing).take(world.drop(pkg, XUHUI)))
                .isInstanceOf(SimulatedCrash.class);

        InboxRecovery.Summary first = new InboxRecovery(world.pipeline()).onStart();
        InboxRecovery.Summary second = new InboxRecovery(world.pipeline()).onStart();

        assertThat(first).isEqualTo(new InboxRecovery.Summary(0, 1, 1, 0));
        assertThat(second).isEqualTo(new InboxRecovery.Summary(0, 0, 0, 0));
        assertImportedOnceWithOneMatchingReceipt(PackageStore.digestOf(pkg));
    }

    @Test
    void another_instance_takes_over_a_package_only_after_the_lease_and_the_old_worker_can_no_longer_complete()
            throws Exception {
        Path pkg = world.batch(XUHUI);
        InboxPipeline a = world.pipeline("instance-a", world.ledger);
        String sha = a.receive(world.drop(pkg, XUHUI)).arrival().sha256();
        Claim lostWorker = world.ledger.claim(sha, "instance-a", Clock.systemUTC().instant()).orElseThrow();
        InboxPipeline b = world.pipeline("instance-b", world.ledger);

        assertThat(new InboxRecovery(b, Duration.ofMinutes(30), Clock.systemUTC()).sweep().judged()).isZero();
        assertThat(world.ledger.find(sha).orElseThrow().state()).isEqualTo(PackageState.PROCESSING);

        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(31));
        assertThat(new InboxRecovery(b, Duration.ofMinutes(30), later).sweep().judged()).isOne();
        a.judge(lostWorker);

        assertImportedOnceWithOneMatchingReceipt(sha);
        assertThat(world.handler.calls).hasValue(2);
        assertThat(world.transactions.rollbacks).hasValue(1);
    }

    private void restart() throws Exception {
        InboxPipeline restarted = world.pipeline("instance-a", world.ledger);
        InboxRecovery.Summary summary = new InboxRecovery(restarted).onStart();
        assertThat(summary.failures()).isZero();
        for (String name : world.inboxFiles(XUHUI)) {
            restarted.take(new InboxArrival(XUHUI, world.inbox(XUHUI).resolve(name).toAbsolutePath(), InboxChannel.DROPBOX));
        }
    }

    private void assertImportedOnceWithOneMatchingReceipt(String sha) throws Exception {
        assertThat(world.handler.imported).hasSize(SAMPLE_ITEMS).doesNotHaveDuplicates();
        assertThat(world.inboxFiles(XUHUI)).isEmpty();
        assertThat(world.receiptFolderListing(XUHUI)).containsExactly(sha + "-1.receipt.zip");
        PackageRecord record = world.ledger.find(sha).orElseThrow();
        assertThat(record.state()).isEqualTo(PackageState.IMPORTED);
        List<Arrival> arrivals = world.ledger.arrivals(sha);
        assertThat(arrivals).singleElement().satisfies(a -> {
            assertThat(a.sourceRemoved()).isTrue();
            assertThat(a.receiptOwed()).isFalse();
        });

        Path receiptFile = world.receipts(XUHUI).get(0);
        Receipt receipt = world.read(receiptFile);
        assertThat(receipt.getVerdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(receipt.getItemResult()).extracting(i -> i.getItemId())
                .containsExactlyElementsOf(record.judgement().items().stream().map(i -> i.itemId()).toList());
        byte[] expected = new ReceiptWriter(world.key(TrustStore.MUNICIPAL_CODE))
                .xml(ReceiptPlan.forArrival(record, arrivals.get(0)));
        try (ZipFile zip = new ZipFile(receiptFile.toFile());
                InputStream in = zip.getInputStream(zip.getEntry(ReceiptWriter.PAYLOAD))) {
            assertThat(in.readAllBytes()).isEqualTo(expected);
        }
        assertThat(Files.list(world.dataDir.resolve("store/tmp"))).isEmpty();
    }
}
