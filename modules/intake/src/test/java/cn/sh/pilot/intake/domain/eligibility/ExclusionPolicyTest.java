package cn.sh.pilot.intake.domain.eligibility;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.api.IntakeError;
import cn.sh.pilot.intake.domain.application.AdverseRecord;
import cn.sh.pilot.intake.domain.application.AdverseRecord.Kind;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.fixtures.Applications;
import cn.sh.pilot.intake.fixtures.Calls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static cn.sh.pilot.intake.fixtures.Applications.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

class ExclusionPolicyTest {

    /** Submitted on 2023-05-15 at 00:30 Shanghai — still 2023-05-14 in UTC, so a UTC reading would be a day off. */
    private final ExclusionPolicy policy = new ExclusionPolicy(Applications.clockAt(shanghai(2023, 5, 15, 0, 30, 0)));

    private Verdict with(AdverseRecord... records) {
        Application application = Applications.draft(Applications.applicant(),
                Applications.declarations().withAdverseRecords(List.of(records)), Applications.keyProject());
        return policy.evaluate(application, Calls.call2023());
    }

    @Test
    void accepts_an_applicant_without_adverse_records_in_line_with_industrial_policy() {
        assertThat(with().isAllowed()).isTrue();
    }

    @Test
    void refuses_an_applicant_not_in_line_with_industrial_policy() {
        Application application = Applications.draft(Applications.applicant(),
                Applications.declarations().withInLineWithIndustrialPolicy(false), Applications.keyProject());
        assertThat(policy.evaluate(application, Calls.call2023()).errors())
                .containsExactly(IntakeError.NOT_IN_LINE_WITH_INDUSTRIAL_POLICY);
    }

    @ParameterizedTest
    @CsvSource({
            "CRITICISM, criticised-within-three-years",
            "PENALTY, penalised-within-three-years",
            "MEDIA_EXPOSURE, media-exposed-within-three-years",
            "MAJOR_QUALITY_ACCIDENT, major-accident-within-three-years",
            "MAJOR_SAFETY_ACCIDENT, major-accident-within-three-years",
            "MAJOR_ENVIRONMENTAL_ACCIDENT, major-accident-within-three-years"})
    void refuses_an_applicant_with_an_adverse_record_exactly_three_years_before_submission(Kind kind, String errorId) {
        Verdict verdict = with(new AdverseRecord(kind, LocalDate.of(2020, 5, 15), "某主管部门", "事由"));
        assertThat(verdict.refusals()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(errorId);
            assertThat(r.detail()).startsWith("2020-05-15 " + kind.nameZh());
        });
    }

    @ParameterizedTest
    @CsvSource({"CRITICISM", "PENALTY", "MEDIA_EXPOSURE", "MAJOR_QUALITY_ACCIDENT", "MAJOR_SAFETY_ACCIDENT", "MAJOR_ENVIRONMENTAL_ACCIDENT"})
    void accepts_an_applicant_whose_adverse_record_is_one_day_older_than_three_years(Kind kind) {
        assertThat(with(new AdverseRecord(kind, LocalDate.of(2020, 5, 14), "某主管部门", "事由")).isAllowed()).isTrue();
    }

    @Test
    void reports_every_adverse_record_within_three_years() {
        Verdict verdict = with(
                new AdverseRecord(Kind.PENALTY, LocalDate.of(2022, 1, 10), "上海市浦东新区市场监督管理局", "产品质量抽检不合格"),
                new AdverseRecord(Kind.MEDIA_EXPOSURE, LocalDate.of(2019, 3, 15), "某电视台", "超过三年，不计"),
                new AdverseRecord(Kind.MAJOR_SAFETY_ACCIDENT, LocalDate.of(2021, 8, 2), "厂区", "一般事故以上"));
        assertThat(verdict.errors()).containsExactly(
                IntakeError.PENALISED_WITHIN_THREE_YEARS, IntakeError.MAJOR_ACCIDENT_WITHIN_THREE_YEARS);
    }

    @Test
    void counts_three_years_back_from_the_submission_date_not_from_today() throws RefusedException {
        Application application = Applications.draft(Applications.applicant(),
                Applications.declarations().withAdverseRecords(List.of(
                        new AdverseRecord(Kind.CRITICISM, LocalDate.of(2020, 5, 10), "某主管部门", "通报"))),
                Applications.keyProject());
        application.submit(shanghai(2023, 5, 10, 9, 0, 0));
        ExclusionPolicy judgedMuchLater = new ExclusionPolicy(Applications.clockAt(shanghai(2023, 7, 1, 9, 0, 0)));
        assertThat(judgedMuchLater.evaluate(application, Calls.call2023()).errors())
                .containsExactly(IntakeError.CRITICISED_WITHIN_THREE_YEARS);
    }
}
