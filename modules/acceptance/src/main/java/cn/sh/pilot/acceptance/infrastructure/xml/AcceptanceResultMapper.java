package cn.sh.pilot.acceptance.infrastructure.xml;

import cn.sh.pilot.acceptance.domain.evaluation.AcceptanceResultNotice;
import cn.sh.pilot.acceptance.domain.evaluation.ExpertResult;
import cn.sh.pilot.acceptance.domain.evaluation.Outcome;
import cn.sh.pilot.acceptance.domain.evaluation.ProjectNumber;
import cn.sh.pilot.contracts.acceptance.v1.Benchmark;
import cn.sh.pilot.contracts.acceptance.v1.ExpertScore;
import cn.sh.pilot.contracts.acceptance.v1.Result;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.marshal.AcceptanceResultMarshaller;

import java.util.UUID;

/**
 * {@code ac:AcceptanceResult} ↔ {@link AcceptanceResultNotice}. The municipal side writes the confirmed result;
 * the guarantor side reads it. Every read and write is validated against the XSD.
 */
public final class AcceptanceResultMapper {

    private final AcceptanceResultMarshaller marshaller = new AcceptanceResultMarshaller();

    public AcceptanceResultNotice read(byte[] xml) throws RefusedException {
        return toDomain(marshaller.read(xml));
    }

    public byte[] write(AcceptanceResultNotice notice) throws RefusedException {
        return marshaller.write(toContract(notice));
    }

    public AcceptanceResultNotice toDomain(cn.sh.pilot.contracts.acceptance.v1.AcceptanceResult xml)
            throws RefusedException {
        return new AcceptanceResultNotice(UUID.fromString(xml.getResultId()), XmlValues.organisation(xml.getSender()),
                UUID.fromString(xml.getAcceptanceId()), ProjectNumber.parse(xml.getProjectNumber()), xml.getEvaluated(),
                xml.getExpertScore().stream()
                        .map(s -> new ExpertResult(s.getExpert(), s.getOrganisation(), s.getScore())).toList(),
                xml.getTotalScore(), Outcome.valueOf(xml.getResult().value()), xml.getReworkBy(),
                xml.getBenchmark().isDesignated(), xml.getBenchmark().getReason(), xml.getComments(),
                xml.getIssued().toInstant());
    }

    public cn.sh.pilot.contracts.acceptance.v1.AcceptanceResult toContract(AcceptanceResultNotice notice) {
        var xml = new cn.sh.pilot.contracts.acceptance.v1.AcceptanceResult();
        xml.setSender(XmlValues.party(notice.sender()));
        xml.setResultId(notice.resultId().toString());
        xml.setAcceptanceId(notice.acceptanceId().toString());
        xml.setProjectNumber(notice.projectNumber().value());
        xml.setEvaluated(notice.evaluated());
        for (ExpertResult line : notice.experts()) {
            ExpertScore score = new ExpertScore();
            score.setExpert(line.expert());
            score.setOrganisation(line.organisation());
            score.setScore(line.score());
            xml.getExpertScore().add(score);
        }
        xml.setTotalScore(notice.total());
        xml.setResult(Result.fromValue(notice.outcome().name()));
        xml.setReworkBy(notice.reworkBy());
        Benchmark benchmark = new Benchmark();
        benchmark.setDesignated(notice.benchmarkDesignated());
        benchmark.setReason(notice.benchmarkReason());
        xml.setBenchmark(benchmark);
        xml.setComments(notice.comments());
        xml.setIssued(XmlValues.dateTime(notice.issued()));
        return xml;
    }
}
