package cn.sh.pilot.review.infrastructure.xml;

import static cn.sh.pilot.review.fixtures.Reviews.NOW;
import static cn.sh.pilot.review.fixtures.Reviews.XUHUI;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.sh.pilot.contracts.application.v1.Application;
import cn.sh.pilot.contracts.batch.v1.Item;
import cn.sh.pilot.contracts.batch.v1.RecommendationBatch;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.marshal.ByteSource;
import cn.sh.pilot.contracts.marshal.RecommendationBatchMarshaller;
import cn.sh.pilot.contracts.marshal.RecommendationBatchReader;
import cn.sh.pilot.review.domain.batch.Batch;
import cn.sh.pilot.review.domain.batch.BatchAssembly;
import cn.sh.pilot.review.domain.batch.BatchHeader;
import cn.sh.pilot.review.domain.batch.BatchItem;
import cn.sh.pilot.review.domain.batch.ChainLink;
import cn.sh.pilot.review.domain.item.ImportedItem;
import cn.sh.pilot.review.domain.item.ReviewItem;
import cn.sh.pilot.review.domain.preliminary.PreliminaryReview;
import cn.sh.pilot.review.domain.preliminary.Reviewer;
import cn.sh.pilot.review.domain.shared.ApplicationId;
import cn.sh.pilot.review.domain.shared.BatchId;
import cn.sh.pilot.review.domain.shared.CallId;
import cn.sh.pilot.review.domain.shared.ProjectType;
import cn.sh.pilot.review.domain.shared.Sha256;
import cn.sh.pilot.review.fixtures.Reviews;

class RecommendationBatchMapperTest {

    private final RecommendationBatchMarshaller marshaller = new RecommendationBatchMarshaller();
    private final RecommendationBatchMapper mapper = new RecommendationBatchMapper();

    private RecommendationBatch sample() throws RefusedException {
        return marshaller.read(Samples.good("recommendation-batch", "district-xuhui-sequence-2.xml"));
    }

    @Test
    void reads_the_header_of_an_incoming_batch_for_the_chain_check() throws RefusedException {
        BatchHeader header = mapper.header(sample().getHeader());
        assertThat(header.id()).isEqualTo(BatchId.of("7c9e6679-7425-40de-944b-e07fc1f90ae7"));
        assertThat(header.recommender()).isEqualTo(XUHUI);
        assertThat(header.callId()).isEqualTo(new CallId("2023-139"));
        assertThat(header.sequence()).isEqualTo(2);
        assertThat(header.previous()).contains(new Sha256("a3f5e1c27b9d4e8f6a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6b7"));
        assertThat(header.itemCount()).isEqualTo(2);
    }

    @Test
    void imports_every_item_routed_by_its_direction_group_or_pilot_kind() throws RefusedException {
        List<ReviewItem> items = mapper.toReviewItems(sample(), Reviews.routing(), NOW);

        assertThat(items).hasSize(2);
        ReviewItem key = items.get(0);
        assertThat(key.type()).isEqualTo(ProjectType.KEY);
        assertThat(key.directionGroup()).contains("SOCIAL_MGMT");
        assertThat(key.direction()).contains("CITY_DIGITAL_GOVERNANCE");
        assertThat(key.domain().contactName()).isEqualTo("刘文涛");
        assertThat(key.priorityRank()).isEqualTo(1);
        assertThat(key.applicant().uscc().value()).isEqualTo("12310000425012345C");
        assertThat(key.recommendation().reviewerName()).isEqualTo("孙立新");
        ReviewItem general = items.get(1);
        assertThat(general.type()).isEqualTo(ProjectType.GENERAL);
        assertThat(general.pilotKind()).isEqualTo("SERVICE");
        assertThat(general.domain().code()).isEqualTo("SERVICES_RURAL");
        assertThat(general.projectName()).isEqualTo("社区嵌入式养老服务标准化试点");
    }

    @Test
    void writes_a_built_batch_that_validates_and_reads_back_unchanged() throws RefusedException {
        RecommendationBatch sample = sample();
        Map<ApplicationId, Application> applications = sample.getItem().stream().map(Item::getApplication)
                .collect(Collectors.toMap(a -> ApplicationId.of(a.getApplicationId()), Function.identity()));
        List<PreliminaryReview> reviews = new ArrayList<>();
        int rank = 2;
        for (ApplicationId id : applications.keySet()) {
            PreliminaryReview review = PreliminaryReview.record(id, new CallId("2023-139"), XUHUI, "经初审，同意推荐。", true,
                    new Reviewer("孙立新", "标准化科科长"), LocalDate.of(2023, 5, 16));
            review.rank(rank--);
            reviews.add(review);
        }
        Sha256 previous = Sha256.of("the package of batch 2");
        Batch batch = new BatchAssembly(Reviews.clockAt(NOW)).assemble(XUHUI, new CallId("2023-139"), reviews,
                Optional.of(new ChainLink(2, BatchId.newId(), previous)));

        byte[] xml = marshaller.write(mapper.toContract(batch, "上海市徐汇区市场监督管理局", applications::get));
        RecommendationBatch back = marshaller.read(xml);

        assertThat(mapper.header(back.getHeader())).isEqualTo(batch.header());
        assertThat(back.getSender().getCode()).isEqualTo("310104");
        assertThat(back.getHeader().getCreated().getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
        assertThat(back.getItem()).extracting(Item::getItemId)
                .containsExactlyElementsOf(batch.items().stream().map(i -> i.itemId().toString()).toList());
        assertThat(back.getItem()).extracting(Item::getPriorityRank).containsExactly(1, 2);
        assertThat(back.getItem()).allSatisfy(item -> {
            assertThat(item.getOpinion().isRecommend()).isTrue();
            assertThat(item.getOpinion().getText()).isEqualTo("经初审，同意推荐。");
        });
        BatchItem first = batch.items().get(0);
        assertThat(back.getItem().get(0).getApplication().getApplicationId()).isEqualTo(first.applicationId().toString());
    }

    @Test
    void maps_items_one_at_a_time_from_the_streaming_reader() throws Exception {
        byte[] xml = marshaller.write(sample());
        List<ImportedItem> imported = new ArrayList<>();
        try (RecommendationBatchReader reader = RecommendationBatchReader.open(ByteSource.of(xml))) {
            Optional<Item> item;
            while ((item = reader.next()).isPresent()) {
                imported.add(mapper.item(reader.header(), item.get()));
            }
        }
        assertThat(imported).extracting(ImportedItem::rank).containsExactly(1, 2);
        assertThat(imported).extracting(ImportedItem::directionGroup).containsExactly("SOCIAL_MGMT", null);
    }
}
