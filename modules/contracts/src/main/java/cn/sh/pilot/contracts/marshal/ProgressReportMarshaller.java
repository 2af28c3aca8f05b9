package cn.sh.pilot.contracts.marshal;

import cn.sh.pilot.contracts.progress.v1.ProgressReport;
import cn.sh.pilot.contracts.schema.ContractDocument;

/** Reads and writes progress reports (进展报告), validating every time. */
public final class ProgressReportMarshaller extends ContractMarshaller<ProgressReport> {

    public ProgressReportMarshaller() {
        super(ContractDocument.PROGRESS_REPORT, ProgressReport.class);
    }
}
