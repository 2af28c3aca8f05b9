-- Archive (issue 8): the history of archive exports, and the audit log looked up by entity for archival records.
-- Same SQL on H2 and PostgreSQL.

-- An archival record gathers the audit entries about its item, application, batch and package.
CREATE INDEX audit_event_entity_ix ON audit_event (entity_id);

-- Review's archive feed selects each application by its latest imported item.
CREATE INDEX review_item_application_ix ON review_item (application_id, imported_at);

CREATE SEQUENCE archive_export_seq START WITH 1 INCREMENT BY 1;

-- One row per export an archivist started in the console: RUNNING → DONE | FAILED.
CREATE TABLE archive_export (
    id            BIGINT        PRIMARY KEY,
    requested_by  VARCHAR(100)  NOT NULL,
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    selection     VARCHAR(1000) NOT NULL,             -- the selection in words, as in bag-info.txt
    format        VARCHAR(8)    NOT NULL,             -- ZIP | FOLDER (the console offers ZIP)
    state         VARCHAR(16)   NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,             -- under <data>/archive-exports/
    export_id     VARCHAR(36),                        -- the bag's External-Identifier, once written
    records       BIGINT,
    size_bytes    BIGINT,
    sha256        CHAR(64),                           -- of the ZIP as written
    finished_at   TIMESTAMP WITH TIME ZONE,
    error_id      VARCHAR(64),
    error_zh      VARCHAR(2000),
    error_en      VARCHAR(2000),
    CONSTRAINT archive_export_state_ck CHECK (state IN ('RUNNING', 'DONE', 'FAILED'))
);
CREATE INDEX archive_export_requested_ix ON archive_export (requested_at);
