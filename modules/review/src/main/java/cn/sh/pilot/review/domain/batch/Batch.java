package cn.sh.pilot.review.domain.batch;

import java.util.List;
import java.util.Objects;

/** A recommendation batch (推荐批次) ready to be written, signed and sent: header plus items in rank order. */
public record Batch(BatchHeader header, List<BatchItem> items) {

    public Batch {
        Objects.requireNonNull(header, "header");
        items = List.copyOf(items);
        if (header.itemCount() != items.size()) {
            throw new IllegalArgumentException("the header counts " + header.itemCount() + " items, the batch has " + items.size());
        }
    }
}
