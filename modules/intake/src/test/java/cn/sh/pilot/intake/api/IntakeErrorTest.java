package cn.sh.pilot.intake.api;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class IntakeErrorTest {

    @Test
    void every_id_is_unique_kebab_case_and_has_both_messages() {
        assertThat(Arrays.stream(IntakeError.values()).map(IntakeError::id)).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(IntakeError.values()).allSatisfy(e -> {
            assertThat(e.zh()).containsPattern("\\p{IsHan}");
            // English may cite the notice's clauses (§三(四)) but is otherwise free of Chinese
            assertThat(e.en().replaceAll("§[\\p{IsHan}()]+", "")).containsPattern("[A-Za-z]{3}").doesNotContainPattern("\\p{IsHan}");
        });
    }
}
