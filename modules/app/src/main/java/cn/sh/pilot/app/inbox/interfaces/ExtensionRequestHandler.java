package cn.sh.pilot.app.inbox.interfaces;

import cn.sh.pilot.app.application.ProjectDesk;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.schema.ContractDocument;
import cn.sh.pilot.exchange.inbox.HandlerOutcome;
import cn.sh.pilot.exchange.inbox.PackageHandler;
import cn.sh.pilot.exchange.inbox.ReceivedPackage;
import cn.sh.pilot.exchange.receipt.ItemResult;
import cn.sh.pilot.projects.api.ProjectsError;
import cn.sh.pilot.projects.domain.project.ExtensionRequest;
import cn.sh.pilot.projects.infrastructure.xml.ExtensionRequestMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/**
 * The guarantor's extension request (延期申请, §四(三)) at the municipal inbox: received now by the site clock and
 * judged by projects' {@code ExtensionPolicy} with the verified sender as the requester; a refusal refuses the package
 * with its id (e.g. {@code extension-already-used}, {@code extension-too-long}, {@code extension-after-term}) and
 * writes nothing. The request id guards against the same request with other bytes.
 */
@ApplicationScoped
public class ExtensionRequestHandler implements PackageHandler {

    private static final String RULES = GuarantorPackages.rulePack("extension-request", List.of(
            ProjectsError.PROJECT_UNKNOWN, ProjectsError.DOCUMENT_WRONG_PROJECT, ProjectsError.EXTENSION_ALREADY_USED,
            ProjectsError.EXTENSION_PENDING, ProjectsError.PROJECT_TRANSITION_NOT_ALLOWED,
            ProjectsError.EXTENSION_NOT_GUARANTOR, ProjectsError.EXTENSION_TOO_SHORT, ProjectsError.EXTENSION_TOO_LONG,
            ProjectsError.EXTENSION_AFTER_TERM));

    private final ExtensionRequestMapper mapper = new ExtensionRequestMapper();

    @Inject
    ProjectDesk desk;

    @Override
    public ContractDocument document() {
        return ContractDocument.EXTENSION_REQUEST;
    }

    @Override
    public String rulePackSha256() {
        return RULES;
    }

    @Override
    public Optional<String> batchId(ReceivedPackage pkg) throws RefusedException {
        return Optional.of(mapper.read(GuarantorPackages.payload(pkg)).requestId().toString());
    }

    @Override
    public HandlerOutcome handle(ReceivedPackage pkg) throws RefusedException {
        ExtensionRequest request = mapper.read(GuarantorPackages.payload(pkg));
        desk.receiveExtension(request, GuarantorPackages.sender(pkg));
        return HandlerOutcome.imported(List.of(ItemResult.accepted(request.requestId().toString())));
    }
}
