package cn.sh.pilot.review.domain.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import cn.sh.pilot.review.domain.shared.ReviewRefusedException;
import cn.sh.pilot.review.domain.shared.ShanghaiTime;

class ProjectNumberTest {

    @Test
    void formats_year_and_four_digit_sequence() throws ReviewRefusedException {
        ProjectNumber number = ProjectNumber.of(2023, 7);
        assertThat(number.value()).isEqualTo("SHBZSD-2023-0007");
        assertThat(number.year()).isEqualTo(2023);
        assertThat(number.sequence()).isEqualTo(7);
    }

    @Test
    void follows_the_project_number_pattern_of_the_common_schema() throws IOException, ReviewRefusedException {
        String xsd = Files.readString(Path.of(System.getProperty("pilot.schemas.dir", "../../schemas"), "common/v1/common.xsd"));
        Matcher type = Pattern.compile("name=\"ProjectNumber\".*?<xs:pattern value=\"([^\"]+)\"", Pattern.DOTALL).matcher(xsd);
        assertThat(type.find()).isTrue();
        assertThat(type.group(1)).isEqualTo("SHBZSD-20[0-9]{2}-[0-9]{4}");
        assertThat(ProjectNumber.of(2023, 9999).value()).matches(type.group(1));
    }

    @Test
    void refuses_to_read_a_malformed_number() {
        assertThatThrownBy(() -> ProjectNumber.parse("SHBZSD-2023-7")).isInstanceOfSatisfying(ReviewRefusedException.class,
                e -> assertThat(e.id()).isEqualTo("project-number-malformed"));
    }

    @Test
    void refuses_a_sequence_beyond_four_digits() {
        assertThatThrownBy(() -> ProjectNumber.of(2023, 10_000)).isInstanceOfSatisfying(ReviewRefusedException.class,
                e -> assertThat(e.id()).isEqualTo("project-number-exhausted"));
    }

    @Test
    void runs_a_term_of_two_years_from_the_approval_date_to_the_day_before_its_second_anniversary() {
        ProjectTerm term = ProjectTerm.from(LocalDate.of(2023, 7, 20), 24);
        assertThat(term.start()).isEqualTo(LocalDate.of(2023, 7, 20));
        assertThat(term.end()).isEqualTo(LocalDate.of(2025, 7, 19));
    }

    @Test
    void ends_a_term_the_day_before_its_second_anniversary_as_the_projects_module_expects() {
        assertThat(ProjectTerm.from(LocalDate.of(2024, 2, 29), 24).end()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(ProjectTerm.from(LocalDate.of(2024, 3, 1), 24).end()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(ProjectTerm.from(LocalDate.of(2023, 8, 31), 24).end()).isEqualTo(LocalDate.of(2025, 8, 30));
    }

    @Test
    void takes_the_approval_date_in_shanghai_not_in_utc() {
        Instant lateUtcEvening = Instant.parse("2023-07-19T16:30:00Z");   // 00:30 on 20 July in Shanghai
        assertThat(ShanghaiTime.dateOf(lateUtcEvening)).isEqualTo(LocalDate.of(2023, 7, 20));
    }
}
