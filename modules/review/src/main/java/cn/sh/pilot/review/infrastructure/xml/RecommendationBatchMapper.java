package cn.sh.pilot.review.infrastructure.xml;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import cn.sh.pilot.contracts.KeyDirections;
import cn.sh.pilot.contracts.application.v1.Application;
import cn.sh.pilot.contracts.batch.v1.Header;
import cn.sh.pilot.contracts.batch.v1.Item;
import cn.sh.pilot.contracts.batch.v1.Opinion;
import cn.sh.pilot.contracts.batch.v1.RecommendationBatch;
import cn.sh.pilot.contracts.common.v1.Party;
import cn.sh.pilot.contracts.common.v1.Person;
import cn.sh.pilot.review.domain.batch.Batch;
import cn.sh.pilot.review.domain.batch.BatchHeader;
import cn.sh.pilot.review.domain.batch.BatchItem;
import cn.sh.pilot.review.domain.item.Applicant;
import cn.sh.pilot.review.domain.item.ImportedItem;
import cn.sh.pilot.review.domain.item.Recommendation;
import cn.sh.pilot.review.domain.item.ReviewItem;
import cn.sh.pilot.review.domain.routing.RoutingTable;
import cn.sh.pilot.review.domain.shared.ApplicationId;
import cn.sh.pilot.review.domain.shared.BatchId;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.ItemId;
import cn.sh.pilot.review.domain.shared.ProjectType;
import cn.sh.pilot.review.domain.shared.RecommenderCode;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;
import cn.sh.pilot.review.domain.shared.Sha256;
import cn.sh.pilot.review.domain.shared.ShanghaiTime;
import cn.sh.pilot.review.domain.shared.Uscc;

/**
 * Recommendation batch (推荐批次) ⇄ review's domain. Outgoing (recommender site): a built
 * {@link Batch} becomes a {@link RecommendationBatch}, each item carrying the full application
 * document as the site holds it. Incoming (municipal): the header becomes a {@link BatchHeader} for
 * the chain check, and each item an {@link ImportedItem} / routed {@link ReviewItem}. Works item by
 * item as well, for the streaming {@code RecommendationBatchReader}.
 */
public final class RecommendationBatchMapper {

    /** The outgoing document; {@code applications} gives the application document of each item. */
    public RecommendationBatch toContract(Batch batch, String recommenderName,
            Function<ApplicationId, Application> applications) {
        BatchHeader header = batch.header();
        RecommendationBatch document = new RecommendationBatch();
        Party sender = new Party();
        sender.setCode(header.recommender().value());
        sender.setName(recommenderName);
        document.setSender(sender);
        Header h = new Header();
        h.setBatchId(header.id().toString());
        h.setRecommenderCode(header.recommender().value());
        h.setCallId(header.callId().value());
        h.setSequence(header.sequence());
        h.setPreviousBatchSha256(header.previous().map(Sha256::hex).orElse(null));
        h.setCreated(ShanghaiTime.offsetOf(header.created()));
        h.setItemCount(header.itemCount());
        document.setHeader(h);
        for (BatchItem item : batch.items()) {
            Item i = new Item();
            i.setItemId(item.itemId().toString());
            i.setPriorityRank(item.rank());
            i.setApplication(Objects.requireNonNull(applications.apply(item.applicationId()),
                    () -> "no application document for " + item.applicationId()));
            Opinion opinion = new Opinion();
            opinion.setText(item.opinion());
            opinion.setRecommend(true);
            Person reviewer = new Person();
            reviewer.setName(item.reviewer().name());
            reviewer.setTitle(item.reviewer().title());
            opinion.setReviewer(reviewer);
            opinion.setDate(item.opinionDate());
            i.setOpinion(opinion);
            document.getItem().add(i);
        }
        return document;
    }

    public BatchHeader header(Header header) {
        return new BatchHeader(BatchId.of(header.getBatchId()), new RecommenderCode(header.getRecommenderCode()),
                new CallId(header.getCallId()), header.getSequence(),
                header.getPreviousBatchSha256() == null ? null : new Sha256(header.getPreviousBatchSha256()),
                header.getCreated().toInstant(), header.getItemCount());
    }

    /** One incoming item with what review keeps of it; direction codes are the schema's, as in the reference data. */
    public ImportedItem item(Header header, Item item) {
        Application application = item.getApplication();
        boolean key = application.getKeyProject() != null;
        KeyDirections.Codes direction = key
                ? KeyDirections.codes(application.getKeyProject().getKeyDirection()).orElseThrow() : null;
        Opinion opinion = item.getOpinion();
        return new ImportedItem(ItemId.of(item.getItemId()), BatchId.of(header.getBatchId()),
                new CallId(header.getCallId()), new RecommenderCode(header.getRecommenderCode()), item.getPriorityRank(),
                ApplicationId.of(application.getApplicationId()), new CallId(application.getCallId()),
                new Applicant(application.getApplicant().getName(), new Uscc(application.getApplicant().getUscc())),
                application.getProject().getName(), application.getPilotKind().value(),
                key ? ProjectType.KEY : ProjectType.GENERAL,
                direction == null ? null : direction.group().value(), direction == null ? null : direction.subDirection(),
                new Recommendation(opinion.getText(), opinion.isRecommend(), opinion.getReviewer().getName(),
                        opinion.getReviewer().getTitle(), opinion.getDate()));
    }

    /** Every item of an accepted batch, routed, in document order; refuses the whole batch on the first bad item. */
    public List<ReviewItem> toReviewItems(RecommendationBatch batch, RoutingTable routing, Instant at)
            throws ReviewRefusedException {
        List<ReviewItem> items = new ArrayList<>();
        for (Item item : batch.getItem()) {
            items.add(ReviewItem.imported(item(batch.getHeader(), item), routing, at));
        }
        return items;
    }
}
