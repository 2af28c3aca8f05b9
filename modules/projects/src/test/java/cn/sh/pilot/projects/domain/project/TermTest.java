package cn.sh.pilot.projects.domain.project;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class TermTest {

    @Test
    void runs_two_years_to_the_day_before_the_second_anniversary() {
        Term term = Term.twoYearsFrom(LocalDate.of(2023, 7, 20));

        assertThat(term.end()).isEqualTo(LocalDate.of(2025, 7, 19));
        assertThat(term.isTwoYears()).isTrue();
    }

    @Test
    void counts_the_last_day_as_within_the_term() {
        Term term = Term.twoYearsFrom(LocalDate.of(2023, 7, 20));

        assertThat(term.includes(LocalDate.of(2025, 7, 19))).isTrue();
        assertThat(term.hasEndedOn(LocalDate.of(2025, 7, 19))).isFalse();
        assertThat(term.hasEndedOn(LocalDate.of(2025, 7, 20))).isTrue();
        assertThat(term.daysLeftOn(LocalDate.of(2025, 7, 19))).isZero();
        assertThat(term.daysLeftOn(LocalDate.of(2025, 4, 20))).isEqualTo(90);
    }

    @Test
    void extends_a_month_end_to_the_last_day_of_a_shorter_month() {
        Term term = new Term(LocalDate.of(2023, 9, 1), LocalDate.of(2025, 8, 31));

        assertThat(term.extendedBy(6).end()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(term.extendedBy(6).start()).isEqualTo(LocalDate.of(2023, 9, 1));
    }
}
