package cn.sh.pilot.projects.infrastructure.xml;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.projects.api.ProjectState;
import cn.sh.pilot.projects.domain.Actor;
import cn.sh.pilot.projects.domain.Organisation;
import cn.sh.pilot.projects.domain.Role;
import cn.sh.pilot.projects.domain.project.ExtensionDecision;
import cn.sh.pilot.projects.domain.project.ExtensionOutcome;
import cn.sh.pilot.projects.domain.project.ExtensionRequest;
import cn.sh.pilot.projects.domain.project.Project;
import cn.sh.pilot.projects.domain.project.ProjectApproval;
import cn.sh.pilot.projects.fixtures.Projects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import static cn.sh.pilot.projects.fixtures.Projects.APPROVER;
import static cn.sh.pilot.projects.fixtures.Projects.noon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExtensionMappersTest {

    private static final Organisation BUREAU = new Organisation("310000", "上海市市场监督管理局");

    private final ExtensionRequestMapper requests = new ExtensionRequestMapper();
    private final ExtensionDecisionMapper decisions = new ExtensionDecisionMapper();

    static Stream<Path> requestSamples() {
        return Samples.good("extension-request");
    }

    static Stream<Path> decisionSamples() {
        return Samples.good("extension-decision");
    }

    @ParameterizedTest
    @MethodSource("requestSamples")
    void reads_a_sample_extension_request_and_writes_it_back_unchanged(Path sample) throws RefusedException {
        ExtensionRequest read = requests.read(Samples.bytes(sample));

        assertThat(requests.read(requests.write(read))).isEqualTo(read);
    }

    @ParameterizedTest
    @MethodSource("decisionSamples")
    void reads_a_sample_extension_decision_and_writes_it_back_unchanged(Path sample) throws RefusedException {
        ExtensionDecisionMapper.Received read = decisions.read(Samples.bytes(sample));

        assertThat(decisions.read(decisions.write(read.decision(), read.sender()))).isEqualTo(read);
    }

    @Test
    void reads_the_fields_of_a_three_month_request() throws RefusedException {
        ExtensionRequest request = requests.read(Samples.bytes("extension-request", "three-months-with-evidence.xml"));

        assertThat(request.projectNumber().value()).isEqualTo("SHBZSD-2023-0021");
        assertThat(request.sender().code()).isEqualTo("310112");
        assertThat(request.months()).isEqualTo(3);
        assertThat(request.currentTermEnd()).isEqualTo(LocalDate.of(2025, 7, 19));
        assertThat(request.attachments()).singleElement().satisfies(a -> assertThat(a.size()).isEqualTo(204800));
        assertThat(request.submitted()).isEqualTo(java.time.Instant.parse("2025-06-10T06:00:00Z"));
    }

    @Test
    void a_received_request_extends_its_project_and_the_decision_goes_back_as_a_valid_document()
            throws RefusedException {
        ExtensionRequest request = requests.read(Samples.bytes("extension-request", "three-months-with-evidence.xml"));
        ProjectApproval sample = Projects.approval("SHBZSD-2023-0021", Projects.APPROVED_ON);
        ProjectApproval minhang = new ProjectApproval(sample.number(), sample.name(),
                new cn.sh.pilot.projects.domain.project.GuarantorCode("310112"), sample.applicant(), sample.type(),
                sample.direction(), sample.term());
        Project project = Project.open(minhang, Projects.OPERATOR, noon(Projects.APPROVED_ON)).project();
        Actor signer = Actor.of("CN=上海市闵行区市场监督管理局", "310112", Role.OPERATOR);

        project.requestExtension(request, signer, noon(LocalDate.of(2025, 6, 11)));
        project.approveExtension(3, "搬迁属特殊情形，同意延期三个月。", APPROVER, noon(LocalDate.of(2025, 6, 20)));
        ExtensionDecision decision = project.extensions().get(0).decision().orElseThrow();
        ExtensionDecisionMapper.Received back = decisions.read(decisions.write(decision, BUREAU));

        assertThat(project.state()).isEqualTo(ProjectState.EXTENDED);
        assertThat(back.decision()).isEqualTo(decision);
        assertThat(back.decision().outcome()).isEqualTo(ExtensionOutcome.APPROVED);
        assertThat(back.decision().newTermEnd()).isEqualTo(LocalDate.of(2025, 10, 19));
        assertThat(back.decision().requestId()).isEqualTo(request.requestId());
        assertThat(back.sender()).isEqualTo(BUREAU);
    }

    @Test
    void refuses_to_write_a_request_the_schema_does_not_allow() {
        Project project = Projects.project();
        ExtensionRequest sevenMonths = Projects.extensionRequest(project, 7);

        assertThatThrownBy(() -> requests.write(sevenMonths)).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.id()).isEqualTo("value-out-of-range"));
    }
}
