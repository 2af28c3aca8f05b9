package cn.sh.pilot.contracts.marshal;

import cn.sh.pilot.contracts.batch.v1.RecommendationBatch;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.schema.ContractDocument;
import cn.sh.pilot.contracts.schema.SchemaError;

/**
 * Reads and writes whole recommendation batches (推荐批次), validating every time, and refuses a
 * batch whose header item count differs from its items. For large incoming batches use
 * {@link RecommendationBatchReader}, which never holds all items at once.
 */
public final class RecommendationBatchMarshaller extends ContractMarshaller<RecommendationBatch> {

    public RecommendationBatchMarshaller() {
        super(ContractDocument.RECOMMENDATION_BATCH, RecommendationBatch.class);
    }

    @Override
    protected void check(RecommendationBatch batch) throws RefusedException {
        int declared = batch.getHeader() == null ? 0 : batch.getHeader().getItemCount();
        int actual = batch.getItem().size();
        if (declared != actual) {
            throw new RefusedException(SchemaError.ITEM_COUNT_MISMATCH,
                    "/RecommendationBatch/Header/ItemCount says " + declared + ", the batch has " + actual + " Item elements");
        }
    }
}
