-- Review's imported batches and items (issue 5: the municipal inbox's RecommendationBatch handler).
-- Same SQL on H2 and PostgreSQL.

-- One row per recommender, locked while a batch of that recommender is chained (one after the other).
CREATE TABLE review_chain_head (
    recommender  VARCHAR(16) PRIMARY KEY
);

-- Each recommender's accepted batches form a hash chain: sequence from 1, each naming the previous package.
CREATE TABLE review_batch (
    batch_id        VARCHAR(36)  PRIMARY KEY,
    recommender     VARCHAR(16)  NOT NULL,
    sequence_no     INTEGER      NOT NULL,
    package_sha256  CHAR(64)     NOT NULL UNIQUE,
    call_id         VARCHAR(16)  NOT NULL,
    created         TIMESTAMP WITH TIME ZONE NOT NULL,
    item_count      INTEGER      NOT NULL,
    accepted_items  INTEGER      NOT NULL,
    imported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT review_batch_sequence_uk UNIQUE (recommender, sequence_no)
);

-- The accepted items of imported batches, waiting for municipal review.
CREATE TABLE review_item (
    item_id          VARCHAR(36)    PRIMARY KEY,
    batch_id         VARCHAR(36)    NOT NULL,          -- review_batch; written in the same transaction, after the items
    recommender      VARCHAR(16)    NOT NULL,
    priority_rank    INTEGER        NOT NULL,
    application_id   VARCHAR(36)    NOT NULL,
    call_id          VARCHAR(16)    NOT NULL,
    applicant_name   VARCHAR(200)   NOT NULL,
    applicant_uscc   CHAR(18)       NOT NULL,
    project_name     VARCHAR(500)   NOT NULL,
    pilot_kind       VARCHAR(64)    NOT NULL,
    declared_type    VARCHAR(16)    NOT NULL,
    direction_group  VARCHAR(32),
    direction        VARCHAR(200),
    opinion          VARCHAR(10000) NOT NULL,
    reviewer_name    VARCHAR(100)   NOT NULL,
    reviewer_title   VARCHAR(100),
    opinion_date     DATE           NOT NULL,
    status           VARCHAR(16)    NOT NULL,
    imported_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX review_item_batch_ix ON review_item (batch_id);
