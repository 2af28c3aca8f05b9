package cn.sh.pilot.intake.application;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.domain.application.AdverseRecord;
import cn.sh.pilot.intake.domain.application.AdverseRecord.Kind;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.ApplicationState;
import cn.sh.pilot.intake.domain.eligibility.IneligibleApplicationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The clock is the fixture's 2023-05-10 (Shanghai): the look-back reaches 2020-05-10. */
class RecordAdverseRecordTest extends UseCaseFixture {

    private static final AdverseRecord RECENT_PENALTY = new AdverseRecord(Kind.PENALTY, LocalDate.of(2021, 6, 1),
            "上海市徐汇区市场监督管理局", "产品质量监督抽查不合格，罚款");
    private static final AdverseRecord OLD_EXPOSURE = new AdverseRecord(Kind.MEDIA_EXPOSURE, LocalDate.of(2019, 5, 9),
            "上海电视台", "服务投诉被曝光");

    private final RecordAdverseRecord records = new RecordAdverseRecord(applications, audit, inTime);
    private final SubmitApplication submit = new SubmitApplication(applications, calls, audit, inTime);
    private final Application draft = storedDraft();

    @Test
    void a_recorded_penalty_within_three_years_refuses_the_submission_naming_the_record_and_its_date() throws RefusedException {
        records.add(XUHUI, draft.id(), RECENT_PENALTY);

        assertThat(audit.last().action()).isEqualTo("application.adverse-record-added");
        assertThat(((ApplicationSnapshot) audit.last().before()).declarations().adverseRecords()).isEmpty();
        assertThat(((ApplicationSnapshot) audit.last().after()).declarations().adverseRecords()).containsExactly(RECENT_PENALTY);
        assertThatThrownBy(() -> submit.submit(XUHUI, draft.id()))
                .isInstanceOfSatisfying(IneligibleApplicationException.class, e -> assertThat(e.refusals())
                        .singleElement().satisfies(r -> {
                            assertThat(r.id()).isEqualTo("penalised-within-three-years");
                            assertThat(r.zh()).contains("近三年受到相关部门处罚", "2021-06-01", "处罚",
                                    "上海市徐汇区市场监督管理局", "产品质量监督抽查不合格");
                        }));
        assertThat(draft.state()).isEqualTo(ApplicationState.DRAFT);
    }

    @Test
    void a_record_older_than_three_years_is_kept_and_lets_the_application_be_submitted() throws RefusedException {
        records.add(XUHUI, draft.id(), OLD_EXPOSURE);

        submit.submit(XUHUI, draft.id());

        assertThat(draft.state()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(draft.declarations().adverseRecords()).containsExactly(OLD_EXPOSURE);
    }

    @Test
    void removing_the_recent_record_lets_the_application_be_submitted() throws RefusedException {
        records.add(XUHUI, draft.id(), RECENT_PENALTY);
        records.add(XUHUI, draft.id(), OLD_EXPOSURE);

        records.remove(XUHUI, draft.id(), RECENT_PENALTY);
        submit.submit(XUHUI, draft.id());

        assertThat(draft.declarations().adverseRecords()).containsExactly(OLD_EXPOSURE);
        assertThat(audit.actions()).containsExactly("application.adverse-record-added", "application.adverse-record-added",
                "application.adverse-record-removed", "application.submitted");
    }

    @Test
    void refuses_an_incomplete_record_and_keeps_nothing() {
        AdverseRecord noAuthority = new AdverseRecord(Kind.CRITICISM, LocalDate.of(2022, 3, 1), " ", "");

        assertThatThrownBy(() -> records.add(XUHUI, draft.id(), noAuthority))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.id()).isEqualTo("adverse-record-invalid");
                    assertThat(e.detail()).contains("Authority missing", "Description missing");
                });
        assertThat(draft.declarations().adverseRecords()).isEmpty();
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void refuses_a_record_dated_after_today_and_the_same_record_twice() throws RefusedException {
        AdverseRecord tomorrow = new AdverseRecord(Kind.MAJOR_SAFETY_ACCIDENT, LocalDate.of(2023, 5, 11), "", "厂房火灾");
        assertThatThrownBy(() -> records.add(XUHUI, draft.id(), tomorrow))
                .isInstanceOfSatisfying(RefusedException.class, e ->
                        assertThat(e.detail()).isEqualTo("Date 2023-05-11 is after 2023-05-10"));

        records.add(XUHUI, draft.id(), RECENT_PENALTY);
        assertThatThrownBy(() -> records.add(XUHUI, draft.id(), RECENT_PENALTY))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.id()).isEqualTo("adverse-record-invalid"));
        assertThat(draft.declarations().adverseRecords()).containsExactly(RECENT_PENALTY);
    }

    @Test
    void an_accident_needs_no_place_but_a_description() throws RefusedException {
        AdverseRecord accident = new AdverseRecord(Kind.MAJOR_ENVIRONMENTAL_ACCIDENT, LocalDate.of(2018, 1, 1), "", "污水外溢");
        records.add(XUHUI, draft.id(), accident);
        assertThat(draft.declarations().adverseRecords()).containsExactly(accident);
    }

    @Test
    void refuses_to_remove_a_record_that_is_not_there() {
        assertThatThrownBy(() -> records.remove(XUHUI, draft.id(), RECENT_PENALTY))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.id()).isEqualTo("adverse-record-not-found"));
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void refuses_records_on_a_submitted_application_and_on_another_recommenders() throws RefusedException {
        assertThatThrownBy(() -> records.add(MINHANG, draft.id(), RECENT_PENALTY))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("application-other-recommender");
        submit.submit(XUHUI, draft.id());
        assertThatThrownBy(() -> records.add(XUHUI, draft.id(), OLD_EXPOSURE))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("application-not-editable");
        assertThatThrownBy(() -> records.remove(XUHUI, draft.id(), OLD_EXPOSURE))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("application-not-editable");
    }
}
