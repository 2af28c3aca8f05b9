-- The guarantor's progress reports (进展报告), kept as their schema-valid documents beside their key facts.
-- Portable SQL (H2 2.x, PostgreSQL 15).

CREATE TABLE project_progress_report (
    report_id       VARCHAR(36)     PRIMARY KEY,
    project_number  VARCHAR(20)     NOT NULL REFERENCES project (project_number),
    period_start    DATE            NOT NULL,
    period_end      DATE            NOT NULL,
    status          VARCHAR(20)     NOT NULL,
    source          VARCHAR(10)     NOT NULL,
    submitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    report_xml      VARCHAR(200000) NOT NULL
);

CREATE INDEX project_progress_report_project ON project_progress_report (project_number, period_end);
