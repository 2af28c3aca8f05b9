-- Recommender site: the preliminary review (初审, notice §五(三)) of each application — opinion, recommend or not,
-- reviewer, date, priority rank — and the batch it was sent in (then frozen). Portable SQL (H2 2.x, PostgreSQL 15).

CREATE TABLE preliminary_review (
    application_id    VARCHAR(36)   PRIMARY KEY REFERENCES intake_application (id),
    call_id           VARCHAR(16)   NOT NULL REFERENCES pilot_call (id),
    recommender_code  VARCHAR(16)   NOT NULL REFERENCES recommender (code),
    opinion           VARCHAR(4000) NOT NULL,
    recommended       BOOLEAN       NOT NULL,
    reviewer_name     VARCHAR(100)  NOT NULL,
    reviewer_title    VARCHAR(100),
    review_date       DATE          NOT NULL,
    priority_rank     INTEGER,
    sent_in           VARCHAR(36),
    version           BIGINT        NOT NULL
);

CREATE INDEX preliminary_review_call ON preliminary_review (recommender_code, call_id);
