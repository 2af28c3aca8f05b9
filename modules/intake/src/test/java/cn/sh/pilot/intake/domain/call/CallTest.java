package cn.sh.pilot.intake.domain.call;

import cn.sh.pilot.intake.fixtures.Calls;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CallTest {

    private final Call call = Calls.call2023();

    @Test
    void closes_at_midnight_after_the_deadline_in_shanghai() {
        assertThat(call.closesAt()).isEqualTo(Instant.parse("2023-05-15T16:00:00Z"));
    }

    @Test
    void lists_the_seven_key_direction_groups_of_2023() {
        assertThat(call.keyDirectionGroups()).extracting(DirectionGroup::code).containsExactly(
                "SOCIAL_MGMT", "PUBLIC_SERVICE", "TECH_MANUFACTURING", "MODERN_SERVICES", "ECO_GREEN_YRD", "AGRICULTURE_RURAL",
                "INTERNATIONAL_STANDARDIZATION");
    }

    @Test
    void knows_which_sub_direction_belongs_to_which_group() {
        assertThat(call.lists("PUBLIC_SERVICE", "ELDERLY_CARE")).isTrue();
        assertThat(call.lists("SOCIAL_MGMT", "ELDERLY_CARE")).isFalse();
        assertThat(call.lists("NO_SUCH_GROUP", "ELDERLY_CARE")).isFalse();
    }

    @Test
    void refuses_a_deadline_before_publication() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Call(new CallId("x"), 2023, "doc", "t",
                LocalDate.of(2023, 5, 1), LocalDate.of(2023, 4, 1), List.of()));
    }

    @Test
    void refuses_a_sub_direction_listed_under_two_groups() {
        Direction hydrogen = new Direction("HYDROGEN_ENERGY", "氢能", "Hydrogen");
        assertThatIllegalArgumentException().isThrownBy(() -> new Call(new CallId("x"), 2023, "doc", "t",
                LocalDate.of(2023, 3, 29), LocalDate.of(2023, 5, 15), List.of(
                new DirectionGroup("A", "a", "a", "A", List.of(hydrogen)),
                new DirectionGroup("B", "b", "b", "B", List.of(hydrogen)))));
    }
}
