package cn.sh.pilot.projects.domain.output;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.projects.api.ProjectEvent;
import cn.sh.pilot.projects.domain.project.ProjectNumber;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static cn.sh.pilot.projects.fixtures.Projects.GUARANTOR_USER;
import static cn.sh.pilot.projects.fixtures.Projects.OPERATOR;
import static cn.sh.pilot.projects.fixtures.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class OutputRegistryTest {

    private static final Instant NOW = Instant.parse("2024-07-26T03:00:00Z");
    private static final LocalDate MARCH = LocalDate.of(2024, 3, 1);
    private static final LocalDate JULY = LocalDate.of(2024, 7, 19);

    private final OutputRegistry registry = new OutputRegistry(new ProjectNumber("SHBZSD-2023-0007"));
    private final StandardStatus localDraft = new StandardStatus(StandardLevel.LOCAL, "城市运行事件分拨处置规范",
            StandardStage.APPROVED_FOR_DRAFTING, null);

    @Test
    void moves_an_output_forward_through_its_stages_with_dates() throws RefusedException {
        registry.register(localDraft, MARCH, OPERATOR, NOW);
        registry.advance(localDraft.key(), StandardStage.CONSULTATION, JULY, null, OPERATOR, NOW);
        ProjectEvent published = registry.advance(localDraft.key(), StandardStage.PUBLISHED, LocalDate.of(2024, 12, 1),
                "DB31/T 1456-2024", OPERATOR, NOW);

        StandardOutput output = registry.find(localDraft.key()).orElseThrow();
        assertThat(output.stage()).isEqualTo(StandardStage.PUBLISHED);
        assertThat(output.number()).contains("DB31/T 1456-2024");
        assertThat(output.history()).extracting(StageChange::stage).containsExactly(
                StandardStage.APPROVED_FOR_DRAFTING, StandardStage.CONSULTATION, StandardStage.PUBLISHED);
        assertThat(published.detail()).containsEntry("stageBefore", "CONSULTATION").containsEntry("stage", "PUBLISHED");
        assertThat(published.before()).isNull();
    }

    @Test
    void refuses_to_move_an_output_back_to_an_earlier_stage() throws RefusedException {
        registry.register(localDraft, MARCH, OPERATOR, NOW);
        registry.advance(localDraft.key(), StandardStage.CONSULTATION, JULY, null, OPERATOR, NOW);

        assertRefused(() -> registry.advance(localDraft.key(), StandardStage.DRAFTING, JULY, null, OPERATOR, NOW),
                "output-stage-backwards");
        assertRefused(() -> registry.advance(localDraft.key(), StandardStage.CONSULTATION, JULY, null, OPERATOR, NOW),
                "output-stage-backwards");
    }

    @Test
    void refuses_a_stage_dated_before_the_previous_one() throws RefusedException {
        registry.register(localDraft, JULY, OPERATOR, NOW);

        assertRefused(() -> registry.advance(localDraft.key(), StandardStage.CONSULTATION, JULY.minusDays(1), null,
                OPERATOR, NOW), "output-date-before-previous-stage");
    }

    @Test
    void refuses_a_published_standard_without_its_number() throws RefusedException {
        registry.register(localDraft, MARCH, OPERATOR, NOW);

        assertRefused(() -> registry.advance(localDraft.key(), StandardStage.PUBLISHED, JULY, " ", OPERATOR, NOW),
                "output-number-required");
        assertRefused(() -> registry.register(new StandardStatus(StandardLevel.GROUP, "团体标准", StandardStage.IMPLEMENTED,
                null), JULY, OPERATOR, NOW), "output-number-required");
    }

    @Test
    void refuses_the_same_output_twice_and_an_unknown_one() throws RefusedException {
        registry.register(localDraft, MARCH, OPERATOR, NOW);
        StandardStatus sameWithOtherSpacing = new StandardStatus(StandardLevel.LOCAL, " 城市运行事件分拨处置规范 ",
                StandardStage.DRAFTING, null);

        assertRefused(() -> registry.register(sameWithOtherSpacing, JULY, OPERATOR, NOW), "output-already-registered");
        assertRefused(() -> registry.advance(new OutputKey(StandardLevel.NATIONAL, "未登记"), StandardStage.DRAFTING,
                JULY, null, OPERATOR, NOW), "output-unknown");
    }

    @Test
    void applies_the_standards_of_a_progress_report() throws RefusedException {
        registry.register(localDraft, MARCH, OPERATOR, NOW);
        StandardStatus group = new StandardStatus(StandardLevel.GROUP, "平台数据接入技术要求", StandardStage.DRAFTING, null);
        StandardStatus localNow = new StandardStatus(StandardLevel.LOCAL, localDraft.title(), StandardStage.CONSULTATION,
                null);

        List<ProjectEvent> events = registry.apply(List.of(localNow, group), JULY, GUARANTOR_USER, NOW);
        List<ProjectEvent> repeated = registry.apply(List.of(localNow, group), JULY.plusMonths(6), GUARANTOR_USER, NOW);

        assertThat(events).extracting(ProjectEvent::action)
                .containsExactly("project.output-advanced", "project.output-registered");
        assertThat(repeated).isEmpty();
        assertThat(registry.outputs()).extracting(StandardOutput::stage)
                .containsExactly(StandardStage.CONSULTATION, StandardStage.DRAFTING);
        assertThat(registry.find(group.key()).orElseThrow().date()).isEqualTo(JULY);
    }

    @Test
    void refuses_a_whole_report_when_one_standard_moves_backwards() throws RefusedException {
        registry.register(new StandardStatus(StandardLevel.LOCAL, localDraft.title(), StandardStage.CONSULTATION, null),
                MARCH, OPERATOR, NOW);
        StandardStatus newOne = new StandardStatus(StandardLevel.GROUP, "新团体标准", StandardStage.DRAFTING, null);
        StandardStatus backwards = new StandardStatus(StandardLevel.LOCAL, localDraft.title(), StandardStage.DRAFTING,
                null);

        assertRefused(() -> registry.apply(List.of(newOne, backwards), JULY, GUARANTOR_USER, NOW),
                "output-stage-backwards");
        assertThat(registry.outputs()).hasSize(1);
    }

    @Test
    void records_publicity_activities_and_counts_their_audience() throws RefusedException {
        registry.record(new PublicityActivity(MARCH, ActivityKind.TRAINING, 120, "街镇网格员标准宣贯培训"), OPERATOR, NOW);
        ProjectEvent event = registry.record(new PublicityActivity(JULY, ActivityKind.SEMINAR, 0, "长三角标准协同研讨"),
                OPERATOR, NOW);

        assertThat(registry.activities()).hasSize(2);
        assertThat(registry.totalAudience()).isEqualTo(120);
        assertThat(event.detail()).containsEntry("kind", "SEMINAR");
    }

    @Test
    void refuses_an_activity_with_a_negative_audience_or_no_description() {
        assertRefused(() -> registry.record(new PublicityActivity(MARCH, ActivityKind.TRAINING, -1, "培训"), OPERATOR,
                NOW), "activity-invalid");
        assertRefused(() -> registry.record(new PublicityActivity(MARCH, ActivityKind.TRAINING, 10, " "), OPERATOR,
                NOW), "activity-invalid");
        assertThat(registry.activities()).isEmpty();
    }
}
