-- Projects after approval (立项, notice §四(一)): the two-year term, the one extension (§四(三)) and its requests
-- with their decisions. Portable SQL (H2 2.x, PostgreSQL 15).

CREATE TABLE project (
    project_number   VARCHAR(20)  PRIMARY KEY,
    project_name     VARCHAR(200) NOT NULL,
    guarantor_code   VARCHAR(16)  NOT NULL,
    applicant_name   VARCHAR(200) NOT NULL,
    applicant_uscc   VARCHAR(18)  NOT NULL,
    project_type     VARCHAR(16)  NOT NULL,
    direction_group  VARCHAR(40),
    direction        VARCHAR(80),
    approved_start   DATE         NOT NULL,
    approved_end     DATE         NOT NULL,
    term_end         DATE         NOT NULL,
    state            VARCHAR(24)  NOT NULL,
    version          BIGINT       NOT NULL
);

CREATE INDEX project_guarantor ON project (guarantor_code);
CREATE INDEX project_state ON project (state);

CREATE TABLE project_extension (
    request_id        VARCHAR(36)   PRIMARY KEY,
    project_number    VARCHAR(20)   NOT NULL REFERENCES project (project_number),
    sender_code       VARCHAR(16)   NOT NULL,
    sender_name       VARCHAR(200)  NOT NULL,
    current_term_end  DATE          NOT NULL,
    months            INTEGER       NOT NULL,
    reason            VARCHAR(4000) NOT NULL,
    attachments       VARCHAR(8000),
    submitted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    requested_by      VARCHAR(100)  NOT NULL,
    requested_org     VARCHAR(16)   NOT NULL,
    requested_roles   VARCHAR(40)   NOT NULL,
    decision_id       VARCHAR(36),
    outcome           VARCHAR(10),
    granted_months    INTEGER,
    new_term_end      DATE,
    decision_reason   VARCHAR(4000),
    decided_at        TIMESTAMP WITH TIME ZONE,
    decided_by        VARCHAR(100),
    decided_org       VARCHAR(16),
    decided_roles     VARCHAR(40)
);

CREATE INDEX project_extension_project ON project_extension (project_number);
