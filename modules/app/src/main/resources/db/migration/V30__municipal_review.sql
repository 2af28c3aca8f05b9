-- Municipal review and approval (立项, issue 6): the review state of each imported item, its checks, expert
-- assignments and scores, type decisions, the four-eyes decision; the call's review setup as data; project
-- number counters. Same SQL on H2 and PostgreSQL.

-- Review state on the imported item. status: IMPORTED (not routed yet), then review's ItemStatus.
ALTER TABLE review_item ADD COLUMN domain_code VARCHAR(32);
ALTER TABLE review_item ADD COLUMN current_type VARCHAR(16);
ALTER TABLE review_item ADD COLUMN type_confirmed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE review_item ADD COLUMN cur_direction_group VARCHAR(32);
ALTER TABLE review_item ADD COLUMN cur_direction VARCHAR(200);
ALTER TABLE review_item ADD COLUMN review_version BIGINT DEFAULT 0 NOT NULL;   -- the domain's version, seen by users
ALTER TABLE review_item ADD COLUMN lock_version BIGINT DEFAULT 0 NOT NULL;     -- JPA optimistic lock
ALTER TABLE review_item ADD COLUMN last_by VARCHAR(40);
ALTER TABLE review_item ADD COLUMN last_by_name VARCHAR(100);
ALTER TABLE review_item ADD COLUMN last_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE review_item ADD COLUMN last_action VARCHAR(200);
ALTER TABLE review_item ADD COLUMN proposal_outcome VARCHAR(8);
ALTER TABLE review_item ADD COLUMN proposal_reason_code VARCHAR(64);
ALTER TABLE review_item ADD COLUMN proposal_reason_zh VARCHAR(2000);
ALTER TABLE review_item ADD COLUMN proposal_reason_en VARCHAR(2000);
ALTER TABLE review_item ADD COLUMN proposer VARCHAR(40);
ALTER TABLE review_item ADD COLUMN proposer_name VARCHAR(100);
ALTER TABLE review_item ADD COLUMN proposer_roles VARCHAR(100);
ALTER TABLE review_item ADD COLUMN proposed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE review_item ADD COLUMN confirmer VARCHAR(40);
ALTER TABLE review_item ADD COLUMN confirmer_name VARCHAR(100);
ALTER TABLE review_item ADD COLUMN confirmer_roles VARCHAR(100);
ALTER TABLE review_item ADD COLUMN confirmed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE review_item ADD COLUMN project_number VARCHAR(20);
ALTER TABLE review_item ADD COLUMN term_start DATE;
ALTER TABLE review_item ADD COLUMN term_end DATE;
ALTER TABLE review_item ADD COLUMN notice_file VARCHAR(200);                  -- the decision notice that told the recommender
CREATE UNIQUE INDEX review_item_project_number_uk ON review_item (project_number);
CREATE INDEX review_item_domain_ix ON review_item (domain_code, status);

CREATE TABLE review_check (
    item_id     VARCHAR(36)   NOT NULL REFERENCES review_item (item_id),
    code        VARCHAR(64)   NOT NULL,
    passed      BOOLEAN       NOT NULL,
    note        VARCHAR(2000) NOT NULL,
    checked_by  VARCHAR(40)   NOT NULL,
    checked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (item_id, code)
);

CREATE TABLE review_assignment (
    item_id            VARCHAR(36)  NOT NULL REFERENCES review_item (item_id),
    expert             VARCHAR(40)  NOT NULL,
    expert_name        VARCHAR(100) NOT NULL,
    organisation_uscc  CHAR(18)     NOT NULL,
    recommender_code   VARCHAR(16),
    assigned_by        VARCHAR(40)  NOT NULL,
    assigned_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (item_id, expert)
);
CREATE INDEX review_assignment_expert_ix ON review_assignment (expert);

CREATE TABLE review_score (
    item_id    VARCHAR(36)   NOT NULL REFERENCES review_item (item_id),
    expert     VARCHAR(40)   NOT NULL,
    score_comment VARCHAR(4000) NOT NULL,
    scored_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (item_id, expert)
);

CREATE TABLE review_score_point (
    item_id    VARCHAR(36)   NOT NULL REFERENCES review_item (item_id),
    expert     VARCHAR(40)   NOT NULL,
    criterion  VARCHAR(32)   NOT NULL,
    points     DECIMAL(7,2)  NOT NULL,
    PRIMARY KEY (item_id, expert, criterion)
);

CREATE TABLE review_type_decision (
    item_id     VARCHAR(36)   NOT NULL REFERENCES review_item (item_id),
    ord         INTEGER       NOT NULL,
    from_type   VARCHAR(16)   NOT NULL,
    to_type     VARCHAR(16)   NOT NULL,
    reason      VARCHAR(2000) NOT NULL,
    decided_by  VARCHAR(40)   NOT NULL,
    decided_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (item_id, ord)
);

-- An expert's organisation and, if any, the recommender they work for (conflict of interest, §四(四)).
CREATE TABLE expert_profile (
    username           VARCHAR(40)  PRIMARY KEY,
    organisation_uscc  CHAR(18)     NOT NULL,
    recommender_code   VARCHAR(16)
);

-- Project numbers SHBZSD-<year>-<NNNN>: one counter row per year, locked by the approving transaction
-- (UPDATE … SET last_value = last_value + 1), so approvals on any instance draw distinct numbers; the unique
-- index on review_item.project_number is the last guard.
CREATE TABLE project_number_counter (
    number_year  INTEGER  PRIMARY KEY,
    last_value   INTEGER  NOT NULL
);

-- The call's review setup as data (a new call needs no release).
CREATE TABLE review_checklist (
    call_id   VARCHAR(16)  NOT NULL REFERENCES pilot_call (id),
    code      VARCHAR(64)  NOT NULL,
    ord       INTEGER      NOT NULL,
    name_zh   VARCHAR(200) NOT NULL,
    name_en   VARCHAR(300) NOT NULL,
    key_only  BOOLEAN      NOT NULL,
    PRIMARY KEY (call_id, code)
);

CREATE TABLE review_criterion (
    call_id     VARCHAR(16)  NOT NULL REFERENCES pilot_call (id),
    code        VARCHAR(32)  NOT NULL,
    ord         INTEGER      NOT NULL,
    name_zh     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(300) NOT NULL,
    max_points  DECIMAL(7,2) NOT NULL,
    weight      DECIMAL(7,3) NOT NULL,
    PRIMARY KEY (call_id, code)
);

-- The domain a general project of each pilot kind starts in (key projects follow key_direction_group.domain_code).
CREATE TABLE review_kind_domain (
    call_id      VARCHAR(16)  NOT NULL,
    pilot_kind   VARCHAR(64)  NOT NULL,
    domain_code  VARCHAR(32)  NOT NULL,
    PRIMARY KEY (call_id, pilot_kind),
    FOREIGN KEY (call_id, domain_code) REFERENCES call_domain (call_id, code)
);

INSERT INTO review_checklist (call_id, code, ord, name_zh, name_en, key_only) VALUES
 ('2023-139', 'stamped-form',         1, '盖章申请表扫描件齐全', 'Scan of the stamped application form present', FALSE),
 ('2023-139', 'recommender-opinion',  2, '推荐部门意见完整', 'Recommender''s opinion complete', FALSE),
 ('2023-139', 'industry-endorsement', 3, '行业主管部门认可意见', 'Industry department''s endorsement', TRUE),
 ('2023-139', 'planned-standards',    4, '标准化成果输出计划', 'Planned standard outputs', TRUE);

INSERT INTO review_criterion (call_id, code, ord, name_zh, name_en, max_points, weight) VALUES
 ('2023-139', 'KEY_DIRECTION_FIT',    1, '与重点方向的契合度', 'Fit with the key directions', 25, 1),
 ('2023-139', 'STANDARD_OUTPUTS',     2, '标准化成果输出', 'Planned standard outputs', 25, 1),
 ('2023-139', 'STANDARDIZATION_BASE', 3, '标准化工作基础', 'Standardization base', 20, 1),
 ('2023-139', 'LEADERSHIP',           4, '主要负责人标准化意识', 'Leadership commitment', 10, 1),
 ('2023-139', 'EXPECTED_EFFECT',      5, '预期成效与示范带动', 'Expected effect', 20, 1);

INSERT INTO review_kind_domain (call_id, pilot_kind, domain_code) VALUES
 ('2023-139', 'AGRICULTURE', 'SERVICES_RURAL'),
 ('2023-139', 'INDUSTRY', 'TECH_MANUFACTURING'),
 ('2023-139', 'SERVICE', 'SERVICES_RURAL'),
 ('2023-139', 'SOCIAL_MGMT_PUBLIC_SERVICE', 'SOCIAL_MGMT'),
 ('2023-139', 'ECO_GREEN', 'ECO_GREEN_YRD'),
 ('2023-139', 'INTERNATIONAL', 'INTERNATIONAL_STANDARDIZATION'),
 ('2023-139', 'SOCIAL_MGMT', 'SOCIAL_MGMT');

-- Each call's year has its counter row from the start, so parallel first approvals never race to create it.
INSERT INTO project_number_counter (number_year, last_value) SELECT call_year, 0 FROM pilot_call;
