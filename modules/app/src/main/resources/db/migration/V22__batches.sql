-- Recommender site: the batches it builds (BUILT → SIGNED → SENT; the last sending round), each with its header (sequence and the previous
-- signed package's SHA-256 make the per-recommender chain), its items as built, and the signed package in the
-- outbox. Portable SQL (H2 2.x, PostgreSQL 15).

CREATE TABLE outgoing_batch (
    batch_id          VARCHAR(36)   PRIMARY KEY,
    recommender_code  VARCHAR(16)   NOT NULL REFERENCES recommender (code),
    call_id           VARCHAR(16)   NOT NULL REFERENCES pilot_call (id),
    sequence_no       INTEGER       NOT NULL,
    previous_sha256   VARCHAR(64),
    created           TIMESTAMP WITH TIME ZONE NOT NULL,
    state             VARCHAR(16)   NOT NULL,
    package_name      VARCHAR(200),
    package_sha256    VARCHAR(64),
    signer            VARCHAR(500),
    signed_at         TIMESTAMP WITH TIME ZONE,
    delivery_attempts INTEGER,
    delivery_at       TIMESTAMP WITH TIME ZONE,
    remote_path       VARCHAR(300),
    delivery_error    VARCHAR(64),
    delivery_detail   VARCHAR(1000),
    version           BIGINT        NOT NULL
);

-- a signed package is one link of the chain only
CREATE UNIQUE INDEX outgoing_batch_signed_seq ON outgoing_batch (recommender_code, package_sha256);

CREATE TABLE outgoing_batch_item (
    batch_id          VARCHAR(36)   NOT NULL REFERENCES outgoing_batch (batch_id),
    item_id           VARCHAR(36)   NOT NULL,
    priority_rank     INTEGER       NOT NULL,
    application_id    VARCHAR(36)   NOT NULL REFERENCES intake_application (id),
    opinion           VARCHAR(4000) NOT NULL,
    reviewer_name     VARCHAR(100)  NOT NULL,
    reviewer_title    VARCHAR(100),
    opinion_date      DATE          NOT NULL,
    PRIMARY KEY (batch_id, item_id)
);
