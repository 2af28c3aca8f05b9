-- Municipal inbox (issue 5): the import ledger of exchange's InboxPipeline, the trust store and the SFTP accounts.
-- Same SQL on H2 and PostgreSQL. Times are TIMESTAMP WITH TIME ZONE (UTC instants).

-- One row per distinct package (by SHA-256 of its bytes). RECEIVED → PROCESSING → IMPORTED | REFUSED.
CREATE TABLE inbox_package (
    sha256             CHAR(64)     PRIMARY KEY,
    size_bytes         BIGINT       NOT NULL,
    state              VARCHAR(16)  NOT NULL,
    account            VARCHAR(16)  NOT NULL,      -- the account of the deciding arrival
    channel            VARCHAR(16)  NOT NULL,      -- SFTP | DROPBOX
    deciding_arrival   INTEGER      NOT NULL,
    first_received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    claim_token        VARCHAR(64),                -- fences complete(): only the current claim may finish
    claim_instance     VARCHAR(128),
    claimed_at         TIMESTAMP WITH TIME ZONE,
    verdict            VARCHAR(16),                -- the judgement, once decided (kept when a refused package is reopened)
    batch_id           VARCHAR(64),
    document           VARCHAR(64),
    claimed_sender     VARCHAR(32),
    schema_set_sha256  CHAR(64),
    rule_pack_sha256   CHAR(64),
    decided_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT inbox_package_state_ck CHECK (state IN ('RECEIVED', 'PROCESSING', 'IMPORTED', 'REFUSED')),
    CONSTRAINT inbox_package_channel_ck CHECK (channel IN ('SFTP', 'DROPBOX'))
);
CREATE INDEX inbox_package_state_ix ON inbox_package (state, first_received_at);
CREATE INDEX inbox_package_account_ix ON inbox_package (account, first_received_at);

-- Every arrival of a package's bytes, numbered per package; each gets exactly one receipt.
CREATE TABLE inbox_arrival (
    sha256              CHAR(64)      NOT NULL REFERENCES inbox_package (sha256),
    number              INTEGER       NOT NULL,
    account             VARCHAR(16)   NOT NULL,
    channel             VARCHAR(16)   NOT NULL,
    source              VARCHAR(1000),                -- inbox file; null for an operator's re-run
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    source_removed      BOOLEAN       NOT NULL,
    receipt_name        VARCHAR(200),
    receipt_written_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (sha256, number)
);
CREATE INDEX inbox_arrival_owed_ix ON inbox_arrival (receipt_name);

-- An imported package's batch id: the unique key makes a second import of one batch id impossible.
CREATE TABLE inbox_batch (
    batch_id  VARCHAR(64) PRIMARY KEY,
    sha256    CHAR(64)    NOT NULL UNIQUE REFERENCES inbox_package (sha256)
);

-- The judgement's lines: every check that ran, in order.
CREATE TABLE inbox_check (
    sha256      CHAR(64)      NOT NULL REFERENCES inbox_package (sha256),
    ord         INTEGER       NOT NULL,
    name        VARCHAR(64)   NOT NULL,
    title_zh    VARCHAR(500)  NOT NULL,
    title_en    VARCHAR(500)  NOT NULL,
    subject     VARCHAR(1000),
    passed      BOOLEAN       NOT NULL,
    finding_zh  VARCHAR(10000),
    finding_en  VARCHAR(10000),
    error_id    VARCHAR(64),
    PRIMARY KEY (sha256, ord)
);

-- Per-item results of the judgement, one row per item (a 10,000-item batch has 10,000 rows).
CREATE TABLE inbox_item_result (
    sha256    CHAR(64)     NOT NULL REFERENCES inbox_package (sha256),
    ord       INTEGER      NOT NULL,                 -- from 1, in the package's order
    item_id   VARCHAR(64)  NOT NULL,
    accepted  BOOLEAN      NOT NULL,
    PRIMARY KEY (sha256, ord)
);

-- Reasons: item_ord 0 = the package's own reasons, else the item's (inbox_item_result.ord).
CREATE TABLE inbox_reason (
    sha256    CHAR(64)       NOT NULL REFERENCES inbox_package (sha256),
    item_ord  INTEGER        NOT NULL,
    ord       INTEGER        NOT NULL,
    code      VARCHAR(64)    NOT NULL,
    zh        VARCHAR(10000) NOT NULL,
    en        VARCHAR(10000) NOT NULL,
    location  VARCHAR(500),
    PRIMARY KEY (sha256, item_ord, ord)
);

-- Trust store: the authorities that issue signer certificates.
CREATE TABLE trust_authority (
    fingerprint  CHAR(64)       PRIMARY KEY,        -- SHA-256 of the DER certificate, lower-case hex
    subject      VARCHAR(1000)  NOT NULL,
    pem          VARCHAR(20000) NOT NULL,
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Signing certificates registered to a recommender code (310000 = this municipal site), with revocation.
CREATE TABLE signer_certificate (
    fingerprint     CHAR(64)       NOT NULL,
    code            VARCHAR(16)    NOT NULL,
    subject         VARCHAR(1000)  NOT NULL,
    not_before      TIMESTAMP WITH TIME ZONE NOT NULL,
    not_after       TIMESTAMP WITH TIME ZONE NOT NULL,
    pem             VARCHAR(20000) NOT NULL,
    registered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    revoked_reason  VARCHAR(500),
    PRIMARY KEY (fingerprint, code)
);
CREATE INDEX signer_certificate_code_ix ON signer_certificate (code);

-- SFTP accounts: the SSH public keys (OpenSSH authorized_keys lines) that may log in as a recommender.
CREATE TABLE sftp_key (
    fingerprint    VARCHAR(100)  NOT NULL,         -- SHA256:… as ssh-keygen -l prints it
    code           VARCHAR(16)   NOT NULL,
    key_line       VARCHAR(10000) NOT NULL,
    registered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (fingerprint, code)
);
CREATE INDEX sftp_key_code_ix ON sftp_key (code);
