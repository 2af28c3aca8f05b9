package cn.sh.pilot.app.inbox.interfaces;

import cn.sh.pilot.app.application.ProjectDesk;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.schema.ContractDocument;
import cn.sh.pilot.exchange.inbox.HandlerOutcome;
import cn.sh.pilot.exchange.inbox.PackageHandler;
import cn.sh.pilot.exchange.inbox.ReceivedPackage;
import cn.sh.pilot.exchange.receipt.ItemResult;
import cn.sh.pilot.projects.api.ProjectsError;
import cn.sh.pilot.projects.domain.progress.ProgressReport;
import cn.sh.pilot.projects.infrastructure.xml.ProgressReportMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/**
 * The guarantor's progress report (进展报告) at the municipal inbox, judged by projects' {@code ProgressReportPolicy}
 * with the verified sender; kept as received. The report id guards against the same report with other bytes.
 */
@ApplicationScoped
public class ProgressReportHandler implements PackageHandler {

    private static final String RULES = GuarantorPackages.rulePack("progress-report", List.of(
            ProjectsError.PROJECT_UNKNOWN, ProjectsError.DOCUMENT_WRONG_PROJECT, ProjectsError.PROGRESS_PROJECT_CLOSED,
            ProjectsError.PROGRESS_PERIOD_INVALID, ProjectsError.PROGRESS_NOT_GUARANTOR));

    private final ProgressReportMapper mapper = new ProgressReportMapper();

    @Inject
    ProjectDesk desk;

    @Override
    public ContractDocument document() {
        return ContractDocument.PROGRESS_REPORT;
    }

    @Override
    public String rulePackSha256() {
        return RULES;
    }

    @Override
    public Optional<String> batchId(ReceivedPackage pkg) throws RefusedException {
        return Optional.of(mapper.read(GuarantorPackages.payload(pkg)).reportId().toString());
    }

    @Override
    public HandlerOutcome handle(ReceivedPackage pkg) throws RefusedException {
        ProgressReport report = mapper.read(GuarantorPackages.payload(pkg));
        desk.receiveProgress(report, GuarantorPackages.sender(pkg));
        return HandlerOutcome.imported(List.of(ItemResult.accepted(report.reportId().toString())));
    }
}
