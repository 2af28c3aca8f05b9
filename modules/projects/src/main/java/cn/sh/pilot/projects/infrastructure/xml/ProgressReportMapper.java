package cn.sh.pilot.projects.infrastructure.xml;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.marshal.ProgressReportMarshaller;
import cn.sh.pilot.contracts.progress.v1.Status;
import cn.sh.pilot.projects.domain.progress.ProgressReport;
import cn.sh.pilot.projects.domain.progress.ProgressStatus;
import cn.sh.pilot.projects.domain.progress.ReportSource;
import cn.sh.pilot.projects.domain.project.ProjectNumber;

import java.util.UUID;

/**
 * {@code pr:ProgressReport} ↔ {@link ProgressReport}. A report read from a document is a
 * {@link ReportSource#PACKAGE} report; the report's standards are stated as of its period end.
 */
public final class ProgressReportMapper {

    private final ProgressReportMarshaller marshaller = new ProgressReportMarshaller();

    public ProgressReport read(byte[] xml) throws RefusedException {
        return toDomain(marshaller.read(xml));
    }

    public byte[] write(ProgressReport report) throws RefusedException {
        return marshaller.write(toContract(report));
    }

    public ProgressReport toDomain(cn.sh.pilot.contracts.progress.v1.ProgressReport xml) throws RefusedException {
        return new ProgressReport(UUID.fromString(xml.getReportId()), XmlValues.organisation(xml.getSender()),
                ProjectNumber.parse(xml.getProjectNumber()), xml.getPeriodStart(), xml.getPeriodEnd(),
                ProgressStatus.valueOf(xml.getStatus().value()), xml.getSummary(),
                xml.getStandard().stream().map(XmlValues::standard).toList(), xml.getFundsSpent(),
                xml.getProblems(), xml.getNextSteps(), XmlValues.attachments(xml.getAttachments()),
                XmlValues.instant(xml.getSubmitted()), ReportSource.PACKAGE);
    }

    public cn.sh.pilot.contracts.progress.v1.ProgressReport toContract(ProgressReport report) {
        var xml = new cn.sh.pilot.contracts.progress.v1.ProgressReport();
        xml.setSender(XmlValues.party(report.sender()));
        xml.setReportId(report.reportId().toString());
        xml.setProjectNumber(report.projectNumber().value());
        xml.setPeriodStart(report.periodStart());
        xml.setPeriodEnd(report.periodEnd());
        xml.setStatus(Status.fromValue(report.status().name()));
        xml.setSummary(report.summary());
        report.standards().forEach(s -> xml.getStandard().add(XmlValues.standard(s)));
        xml.setFundsSpent(report.fundsSpent());
        xml.setProblems(report.problems());
        xml.setNextSteps(report.nextSteps());
        xml.setAttachments(XmlValues.attachments(report.attachments()));
        xml.setSubmitted(XmlValues.dateTime(report.submitted()));
        return xml;
    }
}
