package cn.sh.pilot.acceptance.domain.evaluation;

import cn.sh.pilot.acceptance.domain.Actor;
import cn.sh.pilot.acceptance.domain.Role;
import cn.sh.pilot.contracts.error.RefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static cn.sh.pilot.acceptance.fixtures.Evaluations.NOW;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.OPERATOR;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.WU;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.ZHOU;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.keyProject;
import static cn.sh.pilot.acceptance.fixtures.Evaluations.scoring;
import static cn.sh.pilot.acceptance.fixtures.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class ScoringTest {

    private final AcceptanceEvaluation evaluation = scoring(keyProject());
    private final Actor wu = Actor.of(WU.id(), "expert", Role.OPERATOR);

    @Test
    void takes_a_score_from_the_expert_and_one_typed_in_by_an_operator() throws RefusedException {
        evaluation.score(WU.id(), "MECHANISM", new BigDecimal("20"), wu, NOW);
        evaluation.score(ZHOU.id(), "MECHANISM", new BigDecimal("0"), OPERATOR, NOW);

        assertThat(evaluation.scores().score(WU.id(), "MECHANISM")).contains(new BigDecimal("20"));
        assertThat(evaluation.scores().score(ZHOU.id(), "MECHANISM")).contains(new BigDecimal("0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"20.01", "-0.5", "10.125", "21"})
    void refuses_a_score_outside_the_criterion_range(String score) {
        assertRefused(() -> evaluation.score(WU.id(), "MECHANISM", new BigDecimal(score), wu, NOW),
                "score-out-of-range");
    }

    @Test
    void refuses_a_second_score_on_the_same_criterion() throws RefusedException {
        evaluation.score(WU.id(), "SYSTEM", new BigDecimal("25"), wu, NOW);

        assertRefused(() -> evaluation.score(WU.id(), "SYSTEM", new BigDecimal("26"), wu, NOW), "score-duplicate");
        assertThat(evaluation.scores().score(WU.id(), "SYSTEM")).contains(new BigDecimal("25"));
    }

    @Test
    void refuses_a_score_from_an_expert_not_on_the_panel() {
        Actor outsider = Actor.of("expert-li", "expert", Role.OPERATOR);

        assertRefused(() -> evaluation.score("expert-li", "SYSTEM", new BigDecimal("25"), outsider, NOW),
                "expert-not-on-panel");
    }

    @Test
    void refuses_a_score_entered_by_another_expert() {
        Actor zhou = Actor.of(ZHOU.id(), "expert", Role.OPERATOR);

        assertRefused(() -> evaluation.score(WU.id(), "SYSTEM", new BigDecimal("25"), zhou, NOW),
                "scorer-not-authorised");
    }

    @Test
    void refuses_a_score_on_a_criterion_not_in_the_table() {
        assertRefused(() -> evaluation.score(WU.id(), "FUNDING", new BigDecimal("5"), wu, NOW), "criterion-unknown");
    }

    @Test
    void refuses_a_score_before_scoring_started() {
        AcceptanceEvaluation forming = cn.sh.pilot.acceptance.fixtures.Evaluations.received(keyProject());

        assertRefused(() -> forming.score(WU.id(), "SYSTEM", new BigDecimal("25"), wu, NOW),
                "evaluation-transition-not-allowed");
    }
}
