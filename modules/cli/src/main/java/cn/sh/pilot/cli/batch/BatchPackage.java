package cn.sh.pilot.cli.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import cn.sh.pilot.contracts.batch.v1.RecommendationBatch;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.marshal.RecommendationBatchMarshaller;
import cn.sh.pilot.review.domain.batch.BatchHeader;
import cn.sh.pilot.review.infrastructure.xml.RecommendationBatchMapper;

/**
 * The batch inside a package that has been verified already: its header (as review's {@link BatchHeader}, for the
 * chain check) and its items (to remember which applications went in it). The payload is schema-checked on reading.
 */
record BatchPackage(BatchHeader header, List<BatchState.SentItem> items) {

    static BatchPackage read(Path pkg, String payloadName) throws IOException, RefusedException {
        RecommendationBatch batch;
        try (ZipFile zip = new ZipFile(pkg.toFile())) {
            ZipEntry entry = payloadName == null ? null : zip.getEntry(payloadName);
            if (entry == null) {
                throw new RefusedException(BatchCliError.PACKAGE_NOT_A_BATCH, String.valueOf(payloadName));
            }
            try (InputStream in = zip.getInputStream(entry)) {
                batch = new RecommendationBatchMarshaller().read(in);
            } catch (RefusedException notABatch) {
                throw new RefusedException(BatchCliError.PACKAGE_NOT_A_BATCH,
                        payloadName + ": " + notABatch.id() + " " + notABatch.detail(), notABatch);
            }
        }
        List<BatchState.SentItem> items = batch.getItem().stream()
                .map(i -> new BatchState.SentItem(i.getItemId(), i.getApplication().getApplicationId(), i.getPriorityRank(),
                        i.getApplication().getProject().getName()))
                .toList();
        return new BatchPackage(new RecommendationBatchMapper().header(batch.getHeader()), items);
    }
}
