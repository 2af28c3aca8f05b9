package cn.sh.pilot.app.domain.user;

import cn.sh.pilot.app.domain.security.PasswordPolicy;
import cn.sh.pilot.app.domain.security.Role;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class UserAccountPolicyTest {

    @Test
    void an_operator_needs_a_usable_recommender_and_no_other_role() {
        assertThat(UserAccountPolicy.check("op.xuhui", Set.of(Role.RECOMMENDER_OPERATOR), "310104", true)).isEmpty();
        assertThat(UserAccountPolicy.check("op.xuhui", Set.of(Role.RECOMMENDER_OPERATOR), null, false)).contains("recommender-required");
        assertThat(UserAccountPolicy.check("op.xuhui", Set.of(Role.RECOMMENDER_OPERATOR), "999999", false)).contains("recommender-not-usable");
        assertThat(UserAccountPolicy.check("op.xuhui", Set.of(Role.RECOMMENDER_OPERATOR, Role.EXPERT), "310104", true))
                .contains("recommender-operator-only-role");
    }

    @Test
    void municipal_accounts_are_bound_to_no_recommender() {
        assertThat(UserAccountPolicy.check("zhang.san", Set.of(Role.EXPERT, Role.APPROVER), null, false)).isEmpty();
        assertThat(UserAccountPolicy.check("zhang.san", Set.of(Role.EXPERT), "310104", true)).contains("recommender-only-for-operators");
    }

    @Test
    void user_names_are_short_lower_case_words_and_roles_are_required() {
        assertThat(UserAccountPolicy.check("Zhang", Set.of(Role.EXPERT), null, false)).contains("invalid-username");
        assertThat(UserAccountPolicy.check("ab", Set.of(Role.EXPERT), null, false)).contains("invalid-username");
        assertThat(UserAccountPolicy.check("-dash", Set.of(Role.EXPERT), null, false)).contains("invalid-username");
        assertThat(UserAccountPolicy.check("good_name-1", Set.of(), null, false)).contains("no-role");
    }

    @Test
    void the_last_enabled_administrator_stays() {
        assertThat(UserAccountPolicy.checkAdminRemains(true, false, 0)).contains("last-admin");
        assertThat(UserAccountPolicy.checkAdminRemains(true, false, 1)).isEmpty();
        assertThat(UserAccountPolicy.checkAdminRemains(false, false, 0)).isEmpty();
        assertThat(UserAccountPolicy.checkAdminRemains(true, true, 0)).isEmpty();
    }

    @Test
    void passwords_need_ten_characters_with_letters_and_digits() {
        assertThat(PasswordPolicy.check("short1")).contains("password-too-short");
        assertThat(PasswordPolicy.check("onlyletters")).contains("password-too-simple");
        assertThat(PasswordPolicy.check("1234567890")).contains("password-too-simple");
        assertThat(PasswordPolicy.check("letters4and5digits")).isEmpty();
    }
}
