-- Users, recommender profiles and the hash-chained audit log.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15. Ids come from sequences (not IDENTITY).

-- The recommender's own profile: the first recommender-owned record, editable by its operators only.
ALTER TABLE recommender ADD COLUMN contact_name VARCHAR(50);
ALTER TABLE recommender ADD COLUMN contact_phone VARCHAR(50);
ALTER TABLE recommender ADD COLUMN contact_email VARCHAR(100);
ALTER TABLE recommender ADD COLUMN address VARCHAR(200);

CREATE SEQUENCE app_user_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE app_user (
    id                   BIGINT       PRIMARY KEY,
    username             VARCHAR(40)  NOT NULL,
    display_name         VARCHAR(100) NOT NULL,
    password_hash        VARCHAR(200) NOT NULL,             -- pbkdf2-sha256$<iterations>$<salt>$<hash>
    roles                VARCHAR(200) NOT NULL,             -- comma-separated role names
    recommender_code     VARCHAR(16)  REFERENCES recommender (code),
    enabled              BOOLEAN      NOT NULL,
    language             VARCHAR(8)   NOT NULL,             -- zh | en
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    password_changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version              INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT app_user_username_uk UNIQUE (username)
);

-- Append-only, hash-chained. id = position in the chain (1, 2, 3 … without gaps).
-- hash = SHA-256 over the row's canonical content and prev_hash (see AuditChain).
CREATE TABLE audit_event (
    id           BIGINT        PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    action       VARCHAR(100)  NOT NULL,
    entity_type  VARCHAR(100)  NOT NULL,
    entity_id    VARCHAR(200),
    before_json  VARCHAR(100000),
    after_json   VARCHAR(100000),
    prev_hash    VARCHAR(64)   NOT NULL,
    hash         VARCHAR(64)   NOT NULL
);

CREATE INDEX audit_event_occurred_ix ON audit_event (occurred_at);

-- The one row every append locks (SELECT … FOR UPDATE), so appends are serialised across instances.
CREATE TABLE audit_chain_head (
    id         INTEGER      PRIMARY KEY,
    last_id    BIGINT       NOT NULL,
    last_hash  VARCHAR(64)  NOT NULL,
    CONSTRAINT audit_chain_head_single_ck CHECK (id = 1)
);

INSERT INTO audit_chain_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
