package cn.sh.pilot.contracts.marshal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.sh.pilot.contracts.Samples;
import cn.sh.pilot.contracts.batch.v1.Item;
import cn.sh.pilot.contracts.batch.v1.RecommendationBatch;
import cn.sh.pilot.contracts.error.RefusedException;

class RecommendationBatchReaderTest {

    private static final Path GOOD = Samples.schemasDir().resolve("samples/recommendation-batch/good/district-xuhui-sequence-2.xml");

    @TempDir
    Path dir;

    @Test
    void reads_the_same_sender_header_and_items_as_the_whole_document_marshaller() throws Exception {
        RecommendationBatch whole = new RecommendationBatchMarshaller().read(GOOD);
        List<Item> items = new ArrayList<>();
        try (RecommendationBatchReader reader = RecommendationBatchReader.open(ByteSource.of(GOOD))) {
            assertThat(reader.sender().getCode()).isEqualTo("310104");
            assertThat(reader.header().getBatchId()).isEqualTo(whole.getHeader().getBatchId());
            assertThat(reader.header().getItemCount()).isEqualTo(2);
            for (Optional<Item> item = reader.next(); item.isPresent(); item = reader.next()) {
                items.add(item.get());
            }
            assertThat(reader.next()).isEmpty();
        }
        assertThat(items).extracting(Item::getItemId)
                .containsExactlyElementsOf(whole.getItem().stream().map(Item::getItemId).toList());
        assertThat(items.get(0).getApplication().getApplicant().getUscc()).isEqualTo("12310000425012345C");
    }

    @Test
    void refuses_an_invalid_batch_before_yielding_any_item() {
        Path bad = Samples.schemasDir().resolve("samples/recommendation-batch/bad/duplicate-key--item-id.xml");
        assertThatThrownBy(() -> RecommendationBatchReader.open(ByteSource.of(bad)))
                .isInstanceOf(RefusedException.class)
                .satisfies(e -> assertThat(((RefusedException) e).id()).isEqualTo("duplicate-key"));
    }

    @Test
    void refuses_a_header_count_that_differs_from_the_items() throws IOException {
        byte[] wrong = Files.readString(GOOD).replace("<bt:ItemCount>2</bt:ItemCount>", "<bt:ItemCount>3</bt:ItemCount>")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RecommendationBatchReader.open(ByteSource.of(wrong)))
                .isInstanceOf(RefusedException.class)
                .satisfies(e -> assertThat(((RefusedException) e).id()).isEqualTo("item-count-mismatch"));
        assertThatThrownBy(() -> new RecommendationBatchMarshaller().read(wrong))
                .isInstanceOf(RefusedException.class)
                .satisfies(e -> assertThat(((RefusedException) e).id()).isEqualTo("item-count-mismatch"));
    }

    @Test
    void refuses_a_source_that_changes_between_validation_and_reading() throws Exception {
        byte[] original = Files.readAllBytes(GOOD);
        byte[] changed = Files.readString(GOOD).replace("孙立新", "孙立心").getBytes(StandardCharsets.UTF_8);
        AtomicInteger opened = new AtomicInteger();
        ByteSource flipping = () -> new java.io.ByteArrayInputStream(opened.getAndIncrement() == 0 ? original : changed);
        try (RecommendationBatchReader reader = RecommendationBatchReader.open(flipping)) {
            assertThatThrownBy(() -> {
                while (reader.next().isPresent()) {
                    // drain
                }
            }).isInstanceOf(RefusedException.class)
                    .satisfies(e -> assertThat(((RefusedException) e).id()).isEqualTo("read-failed"));
        }
    }

    @Test
    void streams_ten_thousand_items_without_holding_the_batch_in_memory() throws Exception {
        int count = 10_000;
        Path big = bigBatch(count);
        long fileSize = Files.size(big);
        long baseline = usedHeap();
        long peak = 0;
        int read = 0;
        try (RecommendationBatchReader reader = RecommendationBatchReader.open(ByteSource.of(big))) {
            for (Optional<Item> item = reader.next(); item.isPresent(); item = reader.next()) {
                read++;
                assertThat(item.get().getPriorityRank()).isEqualTo(read);
                if (read % 2_500 == 0) {
                    peak = Math.max(peak, usedHeap() - baseline);
                }
            }
        }
        assertThat(read).isEqualTo(count);
        assertThat(fileSize).as("the batch is big").isGreaterThan(20L << 20);
        assertThat(peak).as("heap growth while reading a %d MB batch", fileSize >> 20).isLessThan(fileSize / 2);
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** A valid batch of {@code count} items, each a copy of the sample's second item with fresh ids and rank. */
    private Path bigBatch(int count) throws IOException {
        String sample = Files.readString(GOOD);
        Matcher m = Pattern.compile("(?s)  <bt:Item>.*?</bt:Item>\\n").matcher(sample);
        m.find();
        m.find();
        String template = m.group();
        String head = sample.substring(0, sample.indexOf("  <bt:Item>")).replace("<bt:ItemCount>2</bt:ItemCount>",
                "<bt:ItemCount>" + count + "</bt:ItemCount>");
        Path file = dir.resolve("big-batch.xml");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(head);
            for (int i = 1; i <= count; i++) {
                w.write(template
                        .replace("6fa459ea-ee8a-4ca4-894e-db77e160355e", String.format("00000000-0000-4000-8000-%012d", i))
                        .replace("b6a0d1c4-2e3f-4a5b-8c9d-0e1f2a3b4c5d", String.format("11111111-0000-4000-8000-%012d", i))
                        .replace("<bt:PriorityRank>2</bt:PriorityRank>", "<bt:PriorityRank>" + i + "</bt:PriorityRank>"));
            }
            w.write("</bt:RecommendationBatch>\n");
        }
        return file;
    }
}
