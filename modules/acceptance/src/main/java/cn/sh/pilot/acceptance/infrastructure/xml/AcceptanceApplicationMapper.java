package cn.sh.pilot.acceptance.infrastructure.xml;

import cn.sh.pilot.acceptance.domain.evaluation.AcceptanceApplication;
import cn.sh.pilot.acceptance.domain.evaluation.ClaimedOutput;
import cn.sh.pilot.acceptance.domain.evaluation.ProjectNumber;
import cn.sh.pilot.acceptance.domain.evaluation.SelfEvaluation;
import cn.sh.pilot.contracts.common.v1.Standard;
import cn.sh.pilot.contracts.common.v1.StandardLevel;
import cn.sh.pilot.contracts.common.v1.StandardStage;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.marshal.AcceptanceApplicationMarshaller;

import java.util.UUID;

/**
 * {@code ac:AcceptanceApplication} ↔ {@link AcceptanceApplication}. The guarantor side writes it; the municipal
 * side reads it and opens the evaluation. Every read and write is validated against the XSD.
 */
public final class AcceptanceApplicationMapper {

    private final AcceptanceApplicationMarshaller marshaller = new AcceptanceApplicationMarshaller();

    public AcceptanceApplication read(byte[] xml) throws RefusedException {
        return toDomain(marshaller.read(xml));
    }

    public byte[] write(AcceptanceApplication application) throws RefusedException {
        return marshaller.write(toContract(application));
    }

    public AcceptanceApplication toDomain(cn.sh.pilot.contracts.acceptance.v1.AcceptanceApplication xml)
            throws RefusedException {
        var self = xml.getSelfEvaluation();
        return new AcceptanceApplication(UUID.fromString(xml.getAcceptanceId()), XmlValues.organisation(xml.getSender()),
                ProjectNumber.parse(xml.getProjectNumber()),
                new SelfEvaluation(self.getScore(), self.getGoalsAchieved(), self.getFundsSpent(),
                        self.isRequestsBenchmark()),
                xml.getOutput().stream().map(AcceptanceApplicationMapper::output).toList(), xml.getOtherResults(),
                XmlValues.attachments(xml.getEvidence()), xml.getSubmitted().toInstant());
    }

    public cn.sh.pilot.contracts.acceptance.v1.AcceptanceApplication toContract(AcceptanceApplication application) {
        var xml = new cn.sh.pilot.contracts.acceptance.v1.AcceptanceApplication();
        xml.setSender(XmlValues.party(application.sender()));
        xml.setAcceptanceId(application.acceptanceId().toString());
        xml.setProjectNumber(application.projectNumber().value());
        var self = new cn.sh.pilot.contracts.acceptance.v1.SelfEvaluation();
        self.setScore(application.selfEvaluation().score());
        self.setGoalsAchieved(application.selfEvaluation().goalsAchieved());
        self.setFundsSpent(application.selfEvaluation().fundsSpent());
        self.setRequestsBenchmark(application.selfEvaluation().requestsBenchmark());
        xml.setSelfEvaluation(self);
        application.outputs().forEach(o -> xml.getOutput().add(standard(o)));
        xml.setOtherResults(application.otherResults());
        xml.setEvidence(XmlValues.attachments(application.evidence()));
        xml.setSubmitted(XmlValues.dateTime(application.submitted()));
        return xml;
    }

    private static ClaimedOutput output(Standard standard) {
        return new ClaimedOutput(standard.getLevel().value(), standard.getTitle(), standard.getStage().value(),
                standard.getStandardNumber());
    }

    private static Standard standard(ClaimedOutput output) {
        Standard standard = new Standard();
        standard.setLevel(StandardLevel.fromValue(output.level()));
        standard.setTitle(output.title());
        standard.setStage(StandardStage.fromValue(output.stage()));
        standard.setStandardNumber(output.number());
        return standard;
    }
}
