package cn.sh.pilot.intake.infrastructure.xml;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.marshal.ApplicationMarshaller;
import cn.sh.pilot.intake.api.IntakeError;
import cn.sh.pilot.intake.domain.application.AdverseRecord;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.Budget;
import cn.sh.pilot.intake.domain.application.Contact;
import cn.sh.pilot.intake.domain.application.PilotKind;
import cn.sh.pilot.intake.domain.application.PlannedStandardOutput;
import cn.sh.pilot.intake.domain.application.ProjectType;
import cn.sh.pilot.intake.domain.application.ReceivedApplication;
import cn.sh.pilot.intake.domain.application.StandardLevel;
import cn.sh.pilot.intake.domain.eligibility.EligibilityPolicy;
import cn.sh.pilot.intake.domain.eligibility.InternalStandardizationPolicy;
import cn.sh.pilot.intake.domain.eligibility.KeyProjectPolicy;
import cn.sh.pilot.intake.domain.eligibility.Refusal;
import cn.sh.pilot.intake.fixtures.Applications;
import cn.sh.pilot.intake.fixtures.Calls;
import cn.sh.pilot.intake.fixtures.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.DefaultNodeMatcher;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.ElementSelectors;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ApplicationMapperTest {

    private static final Instant RECEIVED = Instant.parse("2023-05-16T01:00:00Z");

    private final ApplicationMarshaller marshaller = new ApplicationMarshaller();
    private final ApplicationMapper mapper = new ApplicationMapper();

    static List<Path> goodSamples() {
        return Samples.good();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodSamples")
    void a_good_sample_maps_to_the_domain_and_back_to_a_valid_similar_document(Path sample) throws Exception {
        byte[] original = Samples.bytes(sample);
        ReceivedApplication received = read(original);
        Application application = received.draft();
        application.submit(received.declaredSubmittedAt());

        byte[] written = marshaller.write(mapper.toContract(application, received.senderCode(), received.senderName()));

        Diff diff = DiffBuilder.compare(Input.fromByteArray(original)).withTest(Input.fromByteArray(written))
                .ignoreWhitespace().ignoreComments().checkForSimilar()
                .withNodeMatcher(new DefaultNodeMatcher(ElementSelectors.byName))
                .build();
        assertThat(diff.hasDifferences()).as("%s%n%s", diff, new String(written, StandardCharsets.UTF_8)).isFalse();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "general-project-elderly-care.xml        | penalised-within-three-years",
            "key-project-city-digital-governance.xml | ''",
            "key-project-hydrogen-energy.xml         | ''",
            "key-project-internal-override-advanced-group.xml | ''"})
    void the_eligibility_rules_judge_a_mapped_sample_as_of_its_submission(String sample, String expected) throws Exception {
        ReceivedApplication received = read(Samples.bytes(Samples.good(sample)));

        List<String> refusals = new EligibilityPolicy(Applications.clockAt(received.declaredSubmittedAt()))
                .evaluate(received.draft(), Calls.call2023()).refusals().stream().map(Refusal::id).toList();

        assertThat(refusals).containsExactlyElementsOf(expected.isEmpty() ? List.of() : Arrays.asList(expected.split(",")));
    }

    @Test
    void a_sample_a_second_too_late_is_refused_as_closed() throws Exception {
        ReceivedApplication received = read(Samples.bytes(Samples.good("key-project-hydrogen-energy.xml")));
        assertThat(new EligibilityPolicy(Applications.clockAt(received.declaredSubmittedAt().plusSeconds(1)))
                .evaluate(received.draft(), Calls.call2023()).refusals()).extracting(Refusal::id).containsExactly("call-closed");
    }

    @Test
    void maps_every_part_of_a_key_project_document() throws Exception {
        ReceivedApplication received = read(Samples.bytes(Samples.good("key-project-city-digital-governance.xml")));
        Application a = received.draft();

        assertThat(received.senderCode()).isEqualTo("310104");
        assertThat(received.senderName()).isEqualTo("上海市徐汇区市场监督管理局");
        assertThat(received.declaredSubmittedAt()).isEqualTo(Instant.parse("2023-05-08T02:15:00Z"));
        assertThat(a.id().toString()).isEqualTo("3f1c2a9e-8b7d-4c6e-9a51-2d0e4b7f6a13");
        assertThat(a.callId().value()).isEqualTo("2023-139");
        assertThat(a.recommenderCode()).isEqualTo("310104");
        assertThat(a.createdAt()).isEqualTo(RECEIVED);
        assertThat(a.isEditable()).isTrue();

        assertThat(a.applicant().creditCode()).isEqualTo("12310000425012345C");
        assertThat(a.applicant().postalCode()).isEqualTo("200030");
        assertThat(a.applicant().contacts()).containsExactly(
                new Contact("李晓梅", "021-64870000-3021", "lixm@xh-ops.example.cn", "综合科科长"),
                new Contact("王磊", "13917005566", "", ""));
        assertThat(a.applicant().capacity().hasBody()).isTrue();
        assertThat(a.applicant().capacity().bodyName()).isEqualTo("标准化工作领导小组办公室");
        assertThat(a.applicant().capacity().staff()).isEqualTo(15);
        assertThat(a.declarations().governmentLed()).isTrue();

        assertThat(a.project().type()).isEqualTo(ProjectType.KEY);
        assertThat(a.project().pilotKind()).isEqualTo(PilotKind.SOCIAL_MGMT_PUBLIC_SERVICE);
        assertThat(a.project().directionGroupCode()).isEqualTo("SOCIAL_MGMT");
        assertThat(a.project().directionCode()).isEqualTo("CITY_DIGITAL_GOVERNANCE");
        assertThat(a.project().plannedOutputs()).containsExactly(
                new PlannedStandardOutput(StandardLevel.LOCAL, "城市运行“一网统管”事件分拨处置规范", 2024, false),
                new PlannedStandardOutput(StandardLevel.GROUP, "城市运行管理平台数据接入技术要求", 2025, false));
        assertThat(a.project().endorsement().departmentCode()).isEqualTo("DSCYJ");
        assertThat(a.project().endorsement().date()).isEqualTo(LocalDate.of(2023, 4, 28));
        assertThat(a.project().internalOnly()).isFalse();
        assertThat(a.project().goals()).hasSize(3).first().isEqualTo("建成包含不少于60项标准的城市运行管理标准体系");
        assertThat(a.project().budget()).isEqualTo(new Budget(new BigDecimal("1200000.00"), new BigDecimal("800000.00")));
        assertThat(a.attachments()).hasSize(2).first().satisfies(att -> {
            assertThat(att.fileName()).isEqualTo("申请表（盖章）.pdf");
            assertThat(att.description()).isEqualTo("盖章申请表扫描件");
            assertThat(att.sizeBytes()).isEqualTo(524288);
        });
    }

    @Test
    void maps_the_service_pilot_kind_and_a_penalty_of_a_general_project() throws Exception {
        Application a = read(Samples.bytes(Samples.good("general-project-elderly-care.xml"))).draft();

        assertThat(a.project().pilotKind()).isEqualTo(PilotKind.SERVICE);
        assertThat(a.project().type()).isEqualTo(ProjectType.GENERAL);
        assertThat(a.project().endorsement()).isNull();
        assertThat(a.declarations().adverseRecords()).containsExactly(new AdverseRecord(AdverseRecord.Kind.PENALTY,
                LocalDate.of(2021, 9, 14), "上海市闵行区民政局", "因消防通道堆放杂物被责令改正并处以警告，已于当月整改完毕。"));
    }

    @Test
    void writes_sanctions_and_accidents_to_their_own_lists() throws Exception {
        Application a = complete();
        a.revise(a.applicant(), a.declarations().withAdverseRecords(List.of(
                new AdverseRecord(AdverseRecord.Kind.MAJOR_SAFETY_ACCIDENT, LocalDate.of(2019, 1, 2), "二号车间", "叉车伤人"),
                new AdverseRecord(AdverseRecord.Kind.MEDIA_EXPOSURE, LocalDate.of(2018, 3, 4), "新民晚报", "服务投诉报道"))),
                a.project());
        a.submit(Applications.IN_TIME);

        var doc = mapper.toContract(a, "310104", "上海市徐汇区市场监督管理局");

        assertThat(doc.getDeclarations().getSanctions().getSanction()).singleElement()
                .satisfies(s -> assertThat(s.getAuthority()).isEqualTo("新民晚报"));
        assertThat(doc.getDeclarations().getMajorAccidents().getAccident()).singleElement()
                .satisfies(x -> assertThat(x.getDescription()).isEqualTo("叉车伤人"));
        Application back = mapper.toDomain(doc, "310104", RECEIVED).draft();
        assertThat(back.declarations().adverseRecords()).extracting(AdverseRecord::kind)
                .containsExactly(AdverseRecord.Kind.MEDIA_EXPOSURE, AdverseRecord.Kind.MAJOR_SAFETY_ACCIDENT);
    }

    @Test
    void a_complete_application_of_the_console_writes_a_valid_document() throws Exception {
        Application a = complete();
        a.submit(Applications.IN_TIME);

        byte[] xml = new ApplicationXmlWriter().write(a, "310104", "上海市徐汇区市场监督管理局");

        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains("<ap:Submitted>2023-05-10T10:00:00+08:00</ap:Submitted>")
                .contains("<ap:SocialManagement>CITY_DIGITAL_GOVERNANCE</ap:SocialManagement>");
    }

    @Test
    void maps_the_override_the_advanced_flag_and_the_place_of_an_accident_from_a_document() throws Exception {
        Application a = read(Samples.bytes(Samples.good("key-project-internal-override-advanced-group.xml"))).draft();

        assertThat(a.project().internalOnly()).isTrue();
        assertThat(a.internalStandardizationOverride()).hasValueSatisfying(o -> {
            assertThat(o.operator()).isEqualTo("jxw-biaozhun-03");
            assertThat(o.at()).isEqualTo(Instant.parse("2023-05-12T07:20:00Z"));
            assertThat(o.reason()).startsWith("集团内部标准体系已在本市12家工厂实施");
        });
        assertThat(a.project().plannedOutputs()).extracting(PlannedStandardOutput::level, PlannedStandardOutput::advanced)
                .containsExactly(tuple(StandardLevel.GROUP, true), tuple(StandardLevel.ENTERPRISE, false));
        assertThat(a.declarations().adverseRecords()).containsExactly(new AdverseRecord(
                AdverseRecord.Kind.MAJOR_SAFETY_ACCIDENT, LocalDate.of(2019, 11, 6), "闵行区江川东路1188号 三号冲压车间",
                "冲压车间设备检修时发生机械伤害事故，已按调查结论完成整改并通过复查。"));
    }

    @Test
    void carries_what_an_operator_records_through_the_document() throws Exception {
        Application a = complete();
        a.revise(a.applicant(), a.declarations().withAdverseRecords(List.of(
                        new AdverseRecord(AdverseRecord.Kind.MAJOR_QUALITY_ACCIDENT, LocalDate.of(2018, 6, 1), "浦东门店", "食品安全事故"))),
                a.project().withInternalOnly(true));
        a.overrideInternalStandardization("operator-7", "集团标准体系将在全市门店推广", Applications.IN_TIME);
        a.submit(Applications.IN_TIME);

        Application back = read(new ApplicationXmlWriter().write(a, "310104", "上海市徐汇区市场监督管理局")).draft();

        assertThat(a.project().plannedOutputs()).anyMatch(PlannedStandardOutput::advanced);
        assertThat(back.project().plannedOutputs()).isEqualTo(a.project().plannedOutputs());
        assertThat(back.internalStandardizationOverride()).isEqualTo(a.internalStandardizationOverride());
        assertThat(back.project().internalOnly()).isTrue();
        assertThat(back.declarations().adverseRecords()).isEqualTo(a.declarations().adverseRecords());
        assertThat(new InternalStandardizationPolicy().evaluate(back, Calls.call2023()).isAllowed()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void a_key_project_whose_only_major_output_is_an_advanced_group_standard_keeps_its_verdict_after_a_round_trip(
            boolean advanced) throws Exception {
        Application a = complete();
        a.revise(a.applicant(), a.declarations(), a.project().withPlannedOutputs(List.of(
                new PlannedStandardOutput(StandardLevel.GROUP, "街镇城市运行中心建设与运行管理指南", 2024, advanced))));
        a.submit(Applications.IN_TIME);

        Application back = read(new ApplicationXmlWriter().write(a, "310104", "上海市徐汇区市场监督管理局")).draft();

        assertThat(new KeyProjectPolicy().evaluate(back, Calls.call2023()).errors())
                .isEqualTo(advanced ? List.of() : List.of(IntakeError.KEY_STANDARD_OUTPUTS_MISSING))
                .isEqualTo(new KeyProjectPolicy().evaluate(a, Calls.call2023()).errors());
    }

    @Test
    void the_sample_with_only_an_advanced_group_standard_passes_the_key_project_policy_after_a_round_trip() throws Exception {
        ReceivedApplication received = read(Samples.bytes(Samples.good("key-project-internal-override-advanced-group.xml")));
        Application a = received.draft();
        a.submit(received.declaredSubmittedAt());

        Application back = read(new ApplicationXmlWriter().write(a, received.senderCode(), received.senderName())).draft();

        assertThat(back.project().plannedOutputs()).filteredOn(PlannedStandardOutput::isMajorOutput)
                .singleElement().satisfies(o -> assertThat(o.level()).isEqualTo(StandardLevel.GROUP));
        assertThat(new KeyProjectPolicy().evaluate(back, Calls.call2023()).isAllowed()).isTrue();
        assertThat(new EligibilityPolicy(Applications.clockAt(received.declaredSubmittedAt()))
                .evaluate(back, Calls.call2023()).refusals()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(PilotKind.class)
    void every_pilot_kind_is_written_as_the_schema_code_of_the_same_name_and_read_back(PilotKind kind) throws Exception {
        Application a = complete();
        a.revise(a.applicant(), a.declarations(), a.project().withPilotKind(kind));
        a.submit(Applications.IN_TIME);

        var doc = mapper.toContract(a, "310104", "徐汇");

        assertThat(doc.getPilotKind().name()).isEqualTo(kind.name());
        assertThat(mapper.toDomain(doc, "310104", RECEIVED).draft().project().pilotKind()).isEqualTo(kind);
    }

    @Test
    void refuses_an_override_whose_reason_is_only_blanks() {
        String xml = new String(Samples.bytes(Samples.good("key-project-internal-override-advanced-group.xml")), StandardCharsets.UTF_8)
                .replaceFirst("<ap:Reason>[^<]*</ap:Reason>", "<ap:Reason>" + " ".repeat(12) + "</ap:Reason>");
        assertThatThrownBy(() -> read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("application-content-invalid");
    }

    @Test
    void refuses_to_write_a_draft_which_has_no_submission_time() {
        assertThatThrownBy(() -> mapper.toContract(complete(), "310104", "徐汇"))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("draft-not-exportable");
    }

    @Test
    void refuses_to_write_a_key_direction_code_the_schema_does_not_list() throws Exception {
        Application a = complete();
        a.revise(a.applicant(), a.declarations(), a.project().withDirection("TECH_MANUFACTURING", "HYDROGEN"));
        a.submit(Applications.IN_TIME);
        assertThatThrownBy(() -> mapper.toContract(a, "310104", "徐汇"))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("key-direction-not-exchangeable")
                .hasMessageContaining("TECH_MANUFACTURING/HYDROGEN");
    }

    @Test
    void an_application_lacking_what_the_schema_requires_is_refused_at_submission_as_the_writer_would_refuse_it()
            throws Exception {
        Application a = Applications.draft(Applications.applicant().withPostalCode(""), Applications.declarations(),
                Applications.keyProject().withGoals(List.of()).withBudget(null));

        assertThat(new EligibilityPolicy(Applications.clockAt(Applications.IN_TIME)).evaluate(a, Calls.call2023()).refusals())
                .singleElement().satisfies(r -> {
                    assertThat(r.id()).isEqualTo("application-incomplete");
                    assertThat(r.detail()).isEqualTo("Applicant/PostalCode, Project/Goals, Project/Budget");
                });
        a.submit(Applications.IN_TIME); // what SubmitApplication would not do: the writer refuses it too
        assertThatThrownBy(() -> new ApplicationXmlWriter().write(a, "310104", "徐汇"))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("unexpected-element")
                .hasMessageContaining("PostalCode");
    }

    @Test
    void refuses_schema_valid_content_the_domain_cannot_take() {
        String xml = new String(Samples.bytes(Samples.good("key-project-hydrogen-energy.xml")), StandardCharsets.UTF_8)
                .replace("<ap:Title>车用高压储氢气瓶定期检验与评定</ap:Title>", "<ap:Title>   </ap:Title>");
        assertThatThrownBy(() -> read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("application-content-invalid");
    }

    @Test
    void refuses_a_document_that_lists_an_attachment_twice() {
        String xml = new String(Samples.bytes(Samples.good("key-project-city-digital-governance.xml")), StandardCharsets.UTF_8)
                .replace("<cm:FileName>事业单位法人证书.jpg</cm:FileName>", "<cm:FileName>申请表（盖章）.pdf</cm:FileName>");
        assertThatThrownBy(() -> read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RefusedException.class).hasMessageStartingWith("application-content-invalid")
                .hasMessageContaining("listed twice");
    }

    private ReceivedApplication read(byte[] xml) throws RefusedException {
        return mapper.toDomain(marshaller.read(xml), "310104", RECEIVED);
    }

    /** The console's fixture application, complete: everything the schema requires is filled in. */
    private static Application complete() {
        return Applications.draft();
    }
}
