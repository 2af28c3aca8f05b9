package cn.sh.pilot.acceptance.domain.evaluation;

import cn.sh.pilot.contracts.error.RefusedException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static cn.sh.pilot.acceptance.fixtures.Evaluations.criterion;
import static cn.sh.pilot.acceptance.fixtures.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class CriteriaTableTest {

    @Test
    void keeps_the_call_criteria_in_order_with_their_total_weight() throws RefusedException {
        CriteriaTable table = CriteriaTable.of(List.of(criterion("A", "甲", "A", 60), criterion("B", "乙", "B", 40)));

        assertThat(table.criteria()).extracting(Criterion::code).containsExactly("A", "B");
        assertThat(table.totalWeight()).isEqualByComparingTo("100");
    }

    @Test
    void refuses_an_empty_table_a_repeated_code_and_a_zero_weight() {
        assertRefused(() -> CriteriaTable.of(List.of()), "criteria-table-invalid");
        assertRefused(() -> CriteriaTable.of(List.of(criterion("A", "甲", "A", 60), criterion("A", "乙", "B", 40))),
                "criteria-table-invalid");
        assertRefused(() -> CriteriaTable.of(List.of(new Criterion("A", "甲", "A", BigDecimal.ZERO, BigDecimal.TEN))),
                "criteria-table-invalid");
        assertRefused(() -> CriteriaTable.of(List.of(new Criterion("A", "甲", " ", BigDecimal.ONE, BigDecimal.TEN))),
                "criteria-table-invalid");
    }
}
