package cn.sh.pilot.exchange.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The write-once store over a real folder. */
class PackageStoreTest {

    @TempDir
    Path tmp;

    @Test
    void a_file_is_kept_read_only_under_its_sha256() throws Exception {
        PackageStore store = PackageStore.open(tmp.resolve("data"));
        byte[] bytes = "a package".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(tmp.resolve("in.zip"), bytes);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));

        StoredPackage stored = store.put(file);

        assertThat(stored.sha256()).isEqualTo(expected);
        assertThat(stored.size()).isEqualTo(bytes.length);
        assertThat(stored.file()).isEqualTo(tmp.resolve("data/store/sha256").resolve(expected.substring(0, 2))
                .resolve(expected + ".zip").toAbsolutePath());
        assertThat(Files.readAllBytes(stored.file())).isEqualTo(bytes);
        assertThat(Files.getPosixFilePermissions(stored.file())).isEqualTo(PackageStore.STORED_PERMISSIONS);
        assertThat(file).exists();
    }

    @Test
    void the_same_bytes_again_are_not_written_again() throws Exception {
        PackageStore store = PackageStore.open(tmp.resolve("data"));
        Path first = Files.writeString(tmp.resolve("a.zip"), "same");
        Path second = Files.writeString(tmp.resolve("b.zip"), "same");
        StoredPackage stored = store.put(first);
        Files.setLastModifiedTime(stored.file(), FileTime.fromMillis(0));

        StoredPackage again = store.put(second);

        assertThat(again).isEqualTo(stored);
        assertThat(Files.getLastModifiedTime(stored.file()).toMillis()).isZero();
        assertThat(Files.list(tmp.resolve("data/store/tmp"))).isEmpty();
    }

    @Test
    void the_same_bytes_stored_by_many_threads_at_once_end_up_once() throws Exception {
        PackageStore store = PackageStore.open(tmp.resolve("data"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            files.add(Files.write(tmp.resolve(i + ".zip"), new byte[200_000]));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<StoredPackage>> results = new ArrayList<>();
        try {
            for (Path f : files) {
                results.add(pool.submit(() -> store.put(f)));
            }
            for (Future<StoredPackage> r : results) {
                assertThat(r.get().file()).isEqualTo(results.get(0).get().file());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(Files.size(results.get(0).get().file())).isEqualTo(200_000);
        try (var shards = Files.walk(tmp.resolve("data/store/sha256"))) {
            assertThat(shards.filter(Files::isRegularFile)).hasSize(1);
        }
        assertThat(Files.list(tmp.resolve("data/store/tmp"))).isEmpty();
    }

    @Test
    void a_digest_is_recognised_without_storing() throws Exception {
        PackageStore store = PackageStore.open(tmp.resolve("data"));
        Path file = Files.writeString(tmp.resolve("x.zip"), "x");

        assertThat(store.find(PackageStore.digestOf(file))).isEmpty();
        store.put(file);
        assertThat(store.find(PackageStore.digestOf(file))).isPresent();
    }
}
