package cn.sh.pilot.app.domain.security;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RecommenderScopePolicyTest {

    private static boolean allowed(Set<Role> roles, String bound, String code, Access access) {
        return RecommenderScopePolicy.decide(roles, bound, code, access).allowed();
    }

    @Test
    void a_recommender_operator_sees_and_changes_its_own_recommender_only() {
        Set<Role> operator = Set.of(Role.RECOMMENDER_OPERATOR);

        assertThat(allowed(operator, "310104", "310104", Access.VIEW)).isTrue();
        assertThat(allowed(operator, "310104", "310104", Access.CHANGE)).isTrue();
        assertThat(allowed(operator, "310104", "310105", Access.VIEW)).isFalse();
        assertThat(allowed(operator, "310104", "310105", Access.CHANGE)).isFalse();
        assertThat(RecommenderScopePolicy.decide(operator, "310104", "310105", Access.VIEW).reason()).isEqualTo("not-your-recommender");
    }

    @Test
    void an_unbound_operator_sees_nothing() {
        assertThat(allowed(Set.of(Role.RECOMMENDER_OPERATOR), null, "310104", Access.VIEW)).isFalse();
        assertThat(RecommenderScopePolicy.visibleRecommenders(Set.of(Role.RECOMMENDER_OPERATOR), null)).contains(Set.of());
    }

    @Test
    void administrators_and_municipal_operators_see_and_change_every_recommender() {
        for (Role role : Set.of(Role.ADMIN, Role.MUNICIPAL_OPERATOR)) {
            assertThat(allowed(Set.of(role), null, "310105", Access.CHANGE)).isTrue();
            assertThat(RecommenderScopePolicy.visibleRecommenders(Set.of(role), null)).isEmpty();
        }
    }

    @Test
    void experts_approvers_and_archivists_only_look() {
        for (Role role : Set.of(Role.EXPERT, Role.APPROVER, Role.ARCHIVIST)) {
            assertThat(allowed(Set.of(role), null, "310105", Access.VIEW)).isTrue();
            assertThat(allowed(Set.of(role), null, "310105", Access.CHANGE)).isFalse();
        }
    }

    @Test
    void no_role_or_no_code_is_refused() {
        assertThat(allowed(Set.of(), null, "310104", Access.VIEW)).isFalse();
        assertThat(allowed(Set.of(Role.ADMIN), null, " ", Access.VIEW)).isFalse();
        assertThat(RecommenderScopePolicy.visibleRecommenders(Set.of(), null)).contains(Set.of());
    }

    @Test
    void an_operator_lists_only_its_own_recommender() {
        assertThat(RecommenderScopePolicy.visibleRecommenders(Set.of(Role.RECOMMENDER_OPERATOR), "310104")).contains(Set.of("310104"));
    }
}
