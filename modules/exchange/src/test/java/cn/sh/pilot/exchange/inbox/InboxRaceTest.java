package cn.sh.pilot.exchange.inbox;

import static cn.sh.pilot.exchange.inbox.InboxWorld.SAMPLE_BATCH_ID;
import static cn.sh.pilot.exchange.inbox.InboxWorld.SAMPLE_ITEMS;
import static cn.sh.pilot.exchange.inbox.InboxWorld.XUHUI;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.sh.pilot.contracts.receipt.v1.Receipt;
import cn.sh.pilot.contracts.receipt.v1.Verdict;
import cn.sh.pilot.exchange.transport.inbox.InboxArrival;

/** Several pipelines (standing for instances) racing over one ledger and one store. */
class InboxRaceTest {

    private static final int WORKERS = 6;

    @TempDir
    Path tmp;

    private InboxWorld world;

    @BeforeEach
    void world() throws Exception {
        world = new InboxWorld(tmp);
    }

    @Test
    void pipelines_racing_to_process_one_received_package_import_it_once() throws Exception {
        String sha = world.pipeline().receive(world.drop(world.batch(XUHUI), XUHUI)).arrival().sha256();

        race(i -> world.pipeline("instance-" + i, world.ledger).process(sha));
        world.pipeline().deliverReceipts(sha);

        assertThat(world.handler.calls).hasValue(1);
        assertThat(world.handler.imported).hasSize(SAMPLE_ITEMS);
        assertThat(world.readAll(XUHUI)).extracting(Receipt::getVerdict).containsExactly(Verdict.ACCEPTED);
    }

    @Test
    void copies_of_one_package_taken_at_once_by_several_instances_give_one_import_and_a_receipt_each() throws Exception {
        Path pkg = world.batch(XUHUI);
        List<InboxArrival> copies = new ArrayList<>();
        for (int i = 0; i < WORKERS; i++) {
            copies.add(world.drop(pkg, XUHUI));
        }

        race(i -> {
            world.pipeline("instance-" + i, world.ledger).take(copies.get(i));
            return null;
        });

        assertThat(world.handler.calls).hasValue(1);
        assertThat(world.handler.imported).hasSize(SAMPLE_ITEMS);
        List<Receipt> receipts = world.readAll(XUHUI);
        assertThat(receipts).hasSize(WORKERS);
        assertThat(receipts).filteredOn(r -> r.getVerdict() == Verdict.ACCEPTED).hasSize(1);
        assertThat(receipts).filteredOn(r -> r.getVerdict() == Verdict.DUPLICATE).hasSize(WORKERS - 1);
        assertThat(world.inboxFiles(XUHUI)).isEmpty();
    }

    @Test
    void two_different_packages_with_one_batch_id_racing_give_one_import_and_one_conflict() throws Exception {
        InboxArrival first = world.drop(world.batch(XUHUI, world.key(XUHUI), SAMPLE_BATCH_ID, 1), XUHUI);
        InboxArrival second = world.drop(world.batch(XUHUI, world.key(XUHUI), SAMPLE_BATCH_ID, 2), XUHUI);
        List<InboxArrival> both = List.of(first, second);

        race(2, i -> {
            world.pipeline("instance-" + i, world.ledger).take(both.get(i));
            return null;
        });

        assertThat(world.handler.imported).hasSize(SAMPLE_ITEMS);
        assertThat(world.readAll(XUHUI)).extracting(Receipt::getVerdict)
                .containsExactlyInAnyOrder(Verdict.ACCEPTED, Verdict.CONFLICT);
    }

    private interface Worker {
        Object run(int index) throws Exception;
    }

    private static void race(Worker worker) throws Exception {
        race(WORKERS, worker);
    }

    private static void race(int workers, Worker worker) throws Exception {
        CyclicBarrier start = new CyclicBarrier(workers);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                int index = i;
                Callable<Object> task = () -> {
                    start.await(10, TimeUnit.SECONDS);
                    return worker.run(index);
                };
                results.add(pool.submit(task));
            }
            for (Future<Object> result : results) {
                result.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
