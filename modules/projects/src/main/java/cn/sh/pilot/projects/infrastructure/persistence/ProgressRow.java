package cn.sh.pilot.projects.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One progress report as received ({@code project_progress_report}): the schema-valid document and its key facts. */
@Entity
@Table(name = "project_progress_report")
public class ProgressRow {

    @Id
    @Column(name = "report_id", length = 36)
    String reportId;
    @Column(name = "project_number", nullable = false, length = 20)
    String projectNumber;
    @Column(name = "period_start", nullable = false)
    LocalDate periodStart;
    @Column(name = "period_end", nullable = false)
    LocalDate periodEnd;
    @Column(name = "status", nullable = false, length = 20)
    String status;
    @Column(name = "source", nullable = false, length = 10)
    String source;
    @Column(name = "submitted_at", nullable = false)
    OffsetDateTime submitted;
    @Column(name = "report_xml", nullable = false, length = 200000)
    String xml;

    protected ProgressRow() {
    }

    ProgressRow(String reportId) {
        this.reportId = reportId;
    }
}
