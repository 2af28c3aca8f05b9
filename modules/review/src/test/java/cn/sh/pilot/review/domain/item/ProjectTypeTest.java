package cn.sh.pilot.review.domain.item;

import static cn.sh.pilot.review.fixtures.Reviews.NOW;
import static cn.sh.pilot.review.fixtures.Reviews.OPERATOR;
import static cn.sh.pilot.review.fixtures.Reviews.routing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.sh.pilot.review.domain.shared.ProjectType;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;
import cn.sh.pilot.review.fixtures.Reviews;

class ProjectTypeTest {

    @Test
    void confirms_the_declared_type() throws ReviewRefusedException {
        ReviewItem item = Reviews.imported(Reviews.keyItem());
        item.confirmType(OPERATOR, NOW);
        assertThat(item.isTypeConfirmed()).isTrue();
        assertThat(item.typeDecisions()).singleElement().satisfies(d -> assertThat(d.isChange()).isFalse());
    }

    @Test
    void changes_a_general_project_to_key_with_a_reason_and_routes_it_by_its_direction() throws ReviewRefusedException {
        ReviewItem item = Reviews.imported(Reviews.generalItem());
        item.changeType(ProjectType.KEY, "TECH_MANUFACTURING", "HYDROGEN_ENERGY", "项目属氢能重点方向，经行业主管部门认可",
                routing(), OPERATOR, NOW);
        assertThat(item.type()).isEqualTo(ProjectType.KEY);
        assertThat(item.declaredType()).isEqualTo(ProjectType.GENERAL);
        assertThat(item.domain().code()).isEqualTo("TECH_MANUFACTURING");
        assertThat(item.typeDecisions()).singleElement().satisfies(d -> {
            assertThat(d.isChange()).isTrue();
            assertThat(d.reason()).contains("氢能");
        });
    }

    @Test
    void changes_a_key_project_to_general_and_drops_its_direction() throws ReviewRefusedException {
        ReviewItem item = Reviews.imported(Reviews.keyItem());
        item.changeType(ProjectType.GENERAL, null, null, "不具备重点项目的重大成果预期", routing(), OPERATOR, NOW);
        assertThat(item.type()).isEqualTo(ProjectType.GENERAL);
        assertThat(item.directionGroup()).isEmpty();
    }

    @Test
    void refuses_a_type_change_without_a_reason() {
        ReviewItem item = Reviews.imported(Reviews.keyItem());
        assertThatThrownBy(() -> item.changeType(ProjectType.GENERAL, null, null, "", routing(), OPERATOR, NOW))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        e -> assertThat(e.id()).isEqualTo("type-change-reason-missing"));
        assertThat(item.type()).isEqualTo(ProjectType.KEY);
    }

    @Test
    void refuses_a_change_to_the_type_it_already_has() {
        ReviewItem item = Reviews.imported(Reviews.keyItem());
        assertThatThrownBy(() -> item.changeType(ProjectType.KEY, "PUBLIC_SERVICE", null, "理由", routing(), OPERATOR, NOW))
                .isInstanceOfSatisfying(ReviewRefusedException.class, e -> assertThat(e.id()).isEqualTo("type-change-same-type"));
    }

    @Test
    void refuses_a_change_to_key_without_a_direction_group() {
        ReviewItem item = Reviews.imported(Reviews.generalItem());
        assertThatThrownBy(() -> item.changeType(ProjectType.KEY, null, null, "理由", routing(), OPERATOR, NOW))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        e -> assertThat(e.id()).isEqualTo("type-change-direction-missing"));
    }
}
