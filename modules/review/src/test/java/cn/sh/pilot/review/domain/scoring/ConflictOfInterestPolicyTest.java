package cn.sh.pilot.review.domain.scoring;

import static cn.sh.pilot.review.fixtures.Reviews.APPLICANT_USCC;
import static cn.sh.pilot.review.fixtures.Reviews.EXPERT_ZHOU;
import static cn.sh.pilot.review.fixtures.Reviews.MINHANG;
import static cn.sh.pilot.review.fixtures.Reviews.OPERATOR;
import static cn.sh.pilot.review.fixtures.Reviews.UNIVERSITY_USCC;
import static cn.sh.pilot.review.fixtures.Reviews.XUHUI;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.sh.pilot.review.api.ReviewError;
import cn.sh.pilot.review.domain.shared.Uscc;

class ConflictOfInterestPolicyTest {

    private final ConflictOfInterestPolicy policy = new ConflictOfInterestPolicy();

    @Test
    void allows_an_expert_of_an_unrelated_organisation() {
        assertThat(policy.evaluate(new Expert(EXPERT_ZHOU, UNIVERSITY_USCC, MINHANG), APPLICANT_USCC, XUHUI).isAllowed())
                .isTrue();
    }

    @Test
    void refuses_an_expert_from_the_applicants_own_organisation() {
        assertThat(policy.evaluate(new Expert(EXPERT_ZHOU, new Uscc(APPLICANT_USCC.value()), null), APPLICANT_USCC, XUHUI)
                .errors()).containsExactly(ReviewError.EXPERT_SAME_ORGANISATION);
    }

    @Test
    void refuses_an_expert_from_the_items_recommender() {
        assertThat(policy.evaluate(new Expert(EXPERT_ZHOU, UNIVERSITY_USCC, XUHUI), APPLICANT_USCC, XUHUI).errors())
                .containsExactly(ReviewError.EXPERT_SAME_RECOMMENDER);
    }

    @Test
    void refuses_a_person_without_the_expert_role() {
        assertThat(policy.evaluate(new Expert(OPERATOR, UNIVERSITY_USCC, null), APPLICANT_USCC, XUHUI).errors())
                .containsExactly(ReviewError.EXPERT_NOT_EXPERT_ROLE);
    }
}
