package cn.sh.pilot.projects.infrastructure.xml;

import cn.sh.pilot.contracts.common.v1.Decision;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.marshal.ExtensionDecisionMarshaller;
import cn.sh.pilot.projects.domain.Organisation;
import cn.sh.pilot.projects.domain.project.ExtensionDecision;
import cn.sh.pilot.projects.domain.project.ExtensionOutcome;
import cn.sh.pilot.projects.domain.project.ProjectNumber;

import java.util.UUID;

/**
 * {@code ex:ExtensionDecision} ↔ {@link ExtensionDecision}. The municipal side writes it (sender 310000); the
 * recommender side reads it to show the new end date.
 */
public final class ExtensionDecisionMapper {

    private final ExtensionDecisionMarshaller marshaller = new ExtensionDecisionMarshaller();

    /** A decision read from a package, with the party that sent it. */
    public record Received(Organisation sender, ExtensionDecision decision) {
    }

    public Received read(byte[] xml) throws RefusedException {
        var document = marshaller.read(xml);
        return new Received(XmlValues.organisation(document.getSender()), toDomain(document));
    }

    public byte[] write(ExtensionDecision decision, Organisation sender) throws RefusedException {
        return marshaller.write(toContract(decision, sender));
    }

    public ExtensionDecision toDomain(cn.sh.pilot.contracts.extension.v1.ExtensionDecision xml)
            throws RefusedException {
        return new ExtensionDecision(UUID.fromString(xml.getDecisionId()), UUID.fromString(xml.getRequestId()),
                ProjectNumber.parse(xml.getProjectNumber()), ExtensionOutcome.valueOf(xml.getOutcome().value()),
                xml.getGrantedMonths(), xml.getNewTermEnd(), xml.getReason(), XmlValues.instant(xml.getDecided()));
    }

    public cn.sh.pilot.contracts.extension.v1.ExtensionDecision toContract(ExtensionDecision decision,
                                                                          Organisation sender) {
        var xml = new cn.sh.pilot.contracts.extension.v1.ExtensionDecision();
        xml.setSender(XmlValues.party(sender));
        xml.setDecisionId(decision.decisionId().toString());
        xml.setRequestId(decision.requestId().toString());
        xml.setProjectNumber(decision.projectNumber().value());
        xml.setOutcome(Decision.fromValue(decision.outcome().name()));
        xml.setGrantedMonths(decision.grantedMonths());
        xml.setNewTermEnd(decision.newTermEnd());
        xml.setReason(decision.reason());
        xml.setDecided(XmlValues.dateTime(decision.decided()));
        return xml;
    }
}
