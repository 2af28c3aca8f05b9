-- Reminders to guarantors (term ending in 90/30/7 days, overdue without an acceptance application), each stored
-- once, and the last day the daily job covered (one row, also the job's lock). Portable SQL (H2 2.x, PostgreSQL 15).

CREATE TABLE project_reminder (
    project_number  VARCHAR(20)  NOT NULL REFERENCES project (project_number),
    kind            VARCHAR(16)  NOT NULL,
    due             DATE         NOT NULL,
    guarantor_code  VARCHAR(16)  NOT NULL,
    term_end        DATE         NOT NULL,
    days            BIGINT       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (project_number, kind, due)
);

CREATE INDEX project_reminder_guarantor ON project_reminder (guarantor_code, due);

CREATE TABLE project_reminder_run (
    id        INTEGER PRIMARY KEY,
    last_day  DATE
);

INSERT INTO project_reminder_run (id, last_day) VALUES (1, NULL);
