-- Recommender site: what it received from the municipal site's receipts/ folder, once per file (SHA-256): verified
-- receipts (the package they answer, verdict, reasons, item results), verified decision notices (one line per
-- decision: project number and term, or the reason), and refused files (not verified / not readable) with their error.
-- Portable SQL (H2 2.x, PostgreSQL 15).

CREATE TABLE received_answer (
    sha256            VARCHAR(64)   PRIMARY KEY,
    file_name         VARCHAR(300)  NOT NULL,
    kind              VARCHAR(16)   NOT NULL,
    received          TIMESTAMP WITH TIME ZONE NOT NULL,
    document_id       VARCHAR(64),
    issued            TIMESTAMP WITH TIME ZONE,
    verdict           VARCHAR(16),
    answers_package   VARCHAR(64),
    batch_id          VARCHAR(36),
    document_number   VARCHAR(100),
    error_id          VARCHAR(64),
    error_zh          VARCHAR(2000),
    error_en          VARCHAR(2000),
    error_detail      VARCHAR(1000)
);

CREATE INDEX received_answer_package ON received_answer (answers_package);

CREATE TABLE received_answer_line (
    answer_sha256     VARCHAR(64)   NOT NULL REFERENCES received_answer (sha256),
    line_no           INTEGER       NOT NULL,
    item_id           VARCHAR(36),
    application_id    VARCHAR(36),
    outcome           VARCHAR(24)   NOT NULL,
    project_number    VARCHAR(32),
    term_start        DATE,
    term_end          DATE,
    reason_code       VARCHAR(64),
    reason_zh         VARCHAR(2000),
    reason_en         VARCHAR(2000),
    PRIMARY KEY (answer_sha256, line_no)
);

CREATE INDEX received_answer_line_application ON received_answer_line (application_id);
