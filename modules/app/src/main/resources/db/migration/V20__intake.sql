-- Intake (recommender site): applications addressed to this site, their contacts, §二(五) records, planned
-- standards, goals and attachment metadata. The attachment bytes are files under the data directory
-- (attachments/<application id>/<file name>), checked against size and SHA-256 kept here.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15. Ids are the applications' UUIDs (they travel in the
-- recommendation batch), so no sequence is needed; children are keyed by (application, position).

CREATE TABLE intake_application (
    id                      VARCHAR(36)   PRIMARY KEY,
    call_id                 VARCHAR(16)   NOT NULL REFERENCES pilot_call (id),
    recommender_code        VARCHAR(16)   NOT NULL REFERENCES recommender (code),
    state                   VARCHAR(20)   NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at            TIMESTAMP WITH TIME ZONE,
    decided_at              TIMESTAMP WITH TIME ZONE,
    applicant_name          VARCHAR(200)  NOT NULL,
    credit_code             VARCHAR(40)   NOT NULL,
    district_code           VARCHAR(16)   NOT NULL,
    address                 VARCHAR(300)  NOT NULL,
    postal_code             VARCHAR(16)   NOT NULL,
    legal_representative    VARCHAR(100)  NOT NULL,
    body_exists             BOOLEAN       NOT NULL,
    body_name               VARCHAR(200)  NOT NULL,
    full_time_staff         INTEGER       NOT NULL,
    part_time_staff         INTEGER       NOT NULL,
    registered_in_shanghai  BOOLEAN       NOT NULL,
    good_credit             BOOLEAN       NOT NULL,
    government_led          BOOLEAN       NOT NULL,
    in_line_with_policy     BOOLEAN       NOT NULL,
    project_name            VARCHAR(300)  NOT NULL,
    project_type            VARCHAR(16)   NOT NULL,
    pilot_kind              VARCHAR(40)   NOT NULL,
    direction_group         VARCHAR(32),
    direction               VARCHAR(48),
    summary                 VARCHAR(8000) NOT NULL,
    internal_only           BOOLEAN       NOT NULL,
    budget_total            DECIMAL(16, 2),
    budget_self_funded      DECIMAL(16, 2),
    endorsement_dept_code   VARCHAR(16),
    endorsement_dept_name   VARCHAR(200),
    endorsement_opinion     VARCHAR(4000),
    endorsement_date        DATE,
    override_operator       VARCHAR(100),
    override_at             TIMESTAMP WITH TIME ZONE,
    override_reason         VARCHAR(2000),
    version                 INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT intake_application_state_ck
        CHECK (state IN ('DRAFT', 'SUBMITTED', 'WITHDRAWN', 'RECOMMENDED', 'NOT_RECOMMENDED'))
);
CREATE INDEX intake_application_list_ix ON intake_application (recommender_code, call_id, state);

CREATE TABLE intake_contact (
    application_id  VARCHAR(36)  NOT NULL REFERENCES intake_application (id) ON DELETE CASCADE,
    ord             INTEGER      NOT NULL,
    name            VARCHAR(100) NOT NULL,
    phone           VARCHAR(50)  NOT NULL,
    email           VARCHAR(200) NOT NULL,
    title           VARCHAR(100) NOT NULL,
    PRIMARY KEY (application_id, ord)
);

CREATE TABLE intake_adverse_record (
    application_id  VARCHAR(36)   NOT NULL REFERENCES intake_application (id) ON DELETE CASCADE,
    ord             INTEGER       NOT NULL,
    kind            VARCHAR(40)   NOT NULL,
    record_date     DATE          NOT NULL,
    issuer          VARCHAR(200)  NOT NULL,
    description     VARCHAR(2000) NOT NULL,
    PRIMARY KEY (application_id, ord)
);

CREATE TABLE intake_planned_standard (
    application_id  VARCHAR(36)  NOT NULL REFERENCES intake_application (id) ON DELETE CASCADE,
    ord             INTEGER      NOT NULL,
    standard_level  VARCHAR(16)  NOT NULL,
    title           VARCHAR(300) NOT NULL,
    planned_year    INTEGER      NOT NULL,
    advanced        BOOLEAN      NOT NULL,
    PRIMARY KEY (application_id, ord)
);

CREATE TABLE intake_goal (
    application_id  VARCHAR(36)   NOT NULL REFERENCES intake_application (id) ON DELETE CASCADE,
    ord             INTEGER       NOT NULL,
    goal            VARCHAR(1000) NOT NULL,
    PRIMARY KEY (application_id, ord)
);

CREATE TABLE intake_attachment (
    application_id  VARCHAR(36)  NOT NULL REFERENCES intake_application (id) ON DELETE CASCADE,
    ord             INTEGER      NOT NULL,
    file_name       VARCHAR(200) NOT NULL,
    media_type      VARCHAR(100) NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    description     VARCHAR(500) NOT NULL,
    PRIMARY KEY (application_id, ord)
);
