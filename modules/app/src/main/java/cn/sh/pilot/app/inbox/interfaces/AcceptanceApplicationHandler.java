package cn.sh.pilot.app.inbox.interfaces;

import cn.sh.pilot.acceptance.api.AcceptanceError;
import cn.sh.pilot.acceptance.domain.evaluation.AcceptanceApplication;
import cn.sh.pilot.acceptance.infrastructure.xml.AcceptanceApplicationMapper;
import cn.sh.pilot.app.application.AcceptanceDesk;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.schema.ContractDocument;
import cn.sh.pilot.exchange.inbox.HandlerOutcome;
import cn.sh.pilot.exchange.inbox.PackageHandler;
import cn.sh.pilot.exchange.inbox.ReceivedPackage;
import cn.sh.pilot.exchange.receipt.ItemResult;
import cn.sh.pilot.projects.api.ProjectsError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/**
 * The guarantor's acceptance application (验收申请, §四(一)) at the municipal inbox: the project moves to
 * ACCEPTANCE_APPLIED and its evaluation opens under the call's criteria table, in the package's transaction — a
 * refusal by either module refuses the package and writes nothing.
 */
@ApplicationScoped
public class AcceptanceApplicationHandler implements PackageHandler {

    private static final String RULES = GuarantorPackages.rulePack("acceptance-application", List.of(
            ProjectsError.PROJECT_UNKNOWN, ProjectsError.EXTENSION_PENDING, ProjectsError.PROJECT_TRANSITION_NOT_ALLOWED,
            ProjectsError.ACCEPTANCE_NOT_GUARANTOR, AcceptanceError.DOCUMENT_WRONG_PROJECT,
            AcceptanceError.ACCEPTANCE_NOT_GUARANTOR, AcceptanceError.EVIDENCE_REQUIRED));

    private final AcceptanceApplicationMapper mapper = new AcceptanceApplicationMapper();

    @Inject
    AcceptanceDesk desk;

    @Override
    public ContractDocument document() {
        return ContractDocument.ACCEPTANCE_APPLICATION;
    }

    @Override
    public String rulePackSha256() {
        return RULES;
    }

    @Override
    public Optional<String> batchId(ReceivedPackage pkg) throws RefusedException {
        return Optional.of(mapper.read(GuarantorPackages.payload(pkg)).acceptanceId().toString());
    }

    @Override
    public HandlerOutcome handle(ReceivedPackage pkg) throws RefusedException {
        AcceptanceApplication application = mapper.read(GuarantorPackages.payload(pkg));
        desk.receive(application, GuarantorPackages.sender(pkg));
        return HandlerOutcome.imported(List.of(ItemResult.accepted(application.acceptanceId().toString())));
    }
}
