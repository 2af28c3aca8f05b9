package cn.sh.pilot.review.domain.routing;

import static cn.sh.pilot.review.fixtures.Reviews.NOW;
import static cn.sh.pilot.review.fixtures.Reviews.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.sh.pilot.review.domain.item.ImportedItem;
import cn.sh.pilot.review.domain.item.ReviewItem;
import cn.sh.pilot.review.domain.item.Worklist;
import cn.sh.pilot.review.domain.shared.ProjectType;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;
import cn.sh.pilot.review.fixtures.Reviews;

class RoutingTest {

    private static ImportedItem keyIn(String group, String direction) {
        ImportedItem k = Reviews.keyItem();
        return new ImportedItem(k.itemId(), k.batchId(), k.batchCallId(), k.recommender(), k.rank(), k.applicationId(),
                k.applicationCallId(), k.applicant(), k.projectName(), k.pilotKind(), ProjectType.KEY, group, direction,
                k.recommendation());
    }

    @Test
    void routes_a_key_project_to_the_domain_of_its_direction_group() throws ReviewRefusedException {
        ReviewItem item = ReviewItem.imported(keyIn("AGRICULTURE_RURAL", "DIGITAL_COUNTRYSIDE"), Reviews.routing(), NOW);
        assertThat(item.domain().code()).isEqualTo("SERVICES_RURAL");
        assertThat(item.domain().contactName()).isEqualTo("倪敏");
    }

    @Test
    void routes_a_general_project_by_its_pilot_kind() throws ReviewRefusedException {
        ReviewItem item = ReviewItem.imported(Reviews.generalItem(), Reviews.routing(), NOW);
        assertThat(item.domain().code()).isEqualTo("SERVICES_RURAL");
    }

    @Test
    void refuses_a_key_project_whose_direction_group_the_call_does_not_have() {
        assertThatThrownBy(() -> ReviewItem.imported(keyIn("SPACE_TOURISM", null), Reviews.routing(), NOW))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        e -> assertThat(e.id()).isEqualTo("routing-unknown-direction-group"));
    }

    @Test
    void reroutes_a_general_project_with_a_reason() throws ReviewRefusedException {
        ReviewItem item = Reviews.imported(Reviews.generalItem());
        item.reroute("PUBLIC_SERVICE", "养老服务属公共服务领域", Reviews.routing(), OPERATOR, NOW);
        assertThat(item.domain().contactName()).isEqualTo("胡伟");
    }

    @Test
    void refuses_to_reroute_without_a_reason() {
        ReviewItem item = Reviews.imported(Reviews.generalItem());
        assertThatThrownBy(() -> item.reroute("PUBLIC_SERVICE", " ", Reviews.routing(), OPERATOR, NOW))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        e -> assertThat(e.id()).isEqualTo("routing-reason-missing"));
    }

    @Test
    void refuses_to_reroute_to_a_domain_the_call_does_not_have() {
        ReviewItem item = Reviews.imported(Reviews.generalItem());
        assertThatThrownBy(() -> item.reroute("SPACE", "理由", Reviews.routing(), OPERATOR, NOW))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        e -> assertThat(e.id()).isEqualTo("routing-unknown-domain"));
    }

    @Test
    void refuses_to_reroute_a_key_project_away_from_its_direction_group() {
        ReviewItem item = Reviews.imported(Reviews.keyItem());
        assertThatThrownBy(() -> item.reroute("SOCIAL_MGMT", "理由", Reviews.routing(), OPERATOR, NOW))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        e -> assertThat(e.id()).isEqualTo("routing-fixed-by-direction"));
    }

    @Test
    void lists_a_domain_contacts_open_items_by_recommender_and_rank() throws ReviewRefusedException {
        ReviewItem publicService = Reviews.imported(Reviews.keyItem());
        ReviewItem rural = Reviews.imported(Reviews.generalItem());
        ReviewItem rerouted = Reviews.imported(Reviews.generalItem());
        rerouted.reroute("PUBLIC_SERVICE", "养老服务属公共服务领域", Reviews.routing(), OPERATOR, NOW);
        assertThat(Worklist.of("PUBLIC_SERVICE", List.of(rerouted, rural, publicService)))
                .containsExactly(publicService, rerouted);
    }
}
