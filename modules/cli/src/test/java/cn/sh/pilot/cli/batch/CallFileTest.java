package cn.sh.pilot.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.domain.call.Call;

class CallFileTest {

    @TempDir
    Path dir;

    @Test
    void the_built_in_2023_call_has_the_notice_deadline_and_every_key_direction_of_the_reference_data() throws Exception {
        Call call = CallFile.load("2023-139", null);

        assertThat(call.docNumber()).isEqualTo("沪市监标技〔2023〕139号");
        assertThat(call.deadline()).isEqualTo(LocalDate.of(2023, 5, 15));
        assertThat(call.keyDirectionGroups()).hasSize(7);
        assertThat(call.keyDirectionGroups().stream().mapToInt(g -> g.directions().size()).sum()).isEqualTo(45);
        assertThat(call.lists("SOCIAL_MGMT", "CITY_DIGITAL_GOVERNANCE")).isTrue();
        assertThat(call.lists("TECH_MANUFACTURING", "TECH_MANUFACTURING_OTHER")).isTrue();
    }

    @Test
    void a_call_without_a_built_in_definition_needs_a_call_file() {
        assertThatThrownBy(() -> CallFile.load("2024-088", null)).isInstanceOf(RefusedException.class)
                .hasMessageContaining("call-file-unknown");
    }

    @Test
    void reads_a_new_years_call_from_a_file_and_refuses_one_describing_another_call() throws Exception {
        Path file = Files.writeString(dir.resolve("2024.json"), "{\"id\":\"2024-088\",\"year\":2024,\"docNumber\":\"沪市监标技〔2024〕88号\","
                + "\"titleZh\":\"2024年度\",\"publishedOn\":\"2024-03-20\",\"deadline\":\"2024-05-10\",\"keyDirectionGroups\":[]}");

        assertThat(CallFile.load("2024-088", file).deadline()).isEqualTo(LocalDate.of(2024, 5, 10));
        assertThatThrownBy(() -> CallFile.load("2023-139", file)).isInstanceOf(RefusedException.class)
                .hasMessageContaining("call-file-other-call");
    }
}
