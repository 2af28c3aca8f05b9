-- Acceptance evaluation (验收评估, notice §四(一), §四(四)): the call's criteria table with weights (reference data),
-- each evaluation's opening (the guarantor's application as received, the project facts, criteria and rules it is
-- judged by) and the journal of its steps (panel, scores, proposal, confirmation). Portable SQL (H2 2.x, PostgreSQL 15).

CREATE TABLE acceptance_criterion (
    call_id    VARCHAR(16)  NOT NULL REFERENCES pilot_call (id),
    position   INTEGER      NOT NULL,
    code       VARCHAR(20)  NOT NULL,
    name_zh    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    weight     NUMERIC(5,2) NOT NULL,
    max_score  NUMERIC(5,2) NOT NULL,
    PRIMARY KEY (call_id, code)
);

-- The 2023 call's table follows the goals of notice §一 (standard system, making, publicity and implementation,
-- evaluation, benchmark role) and §三(二) (standard outputs); weights add up to 100, each criterion scored 0…10.
INSERT INTO acceptance_criterion (call_id, position, code, name_zh, name_en, weight, max_score) VALUES
('2023-139', 1, 'GOALS',     '目标任务完成情况',       'Goals and tasks achieved',                  25, 10),
('2023-139', 2, 'SYSTEM',    '标准体系建设',           'Standard system built',                     20, 10),
('2023-139', 3, 'OUTPUTS',   '标准制修订成果',         'Standards made or revised',                 20, 10),
('2023-139', 4, 'IMPLEMENT', '标准实施与宣贯培训',     'Implementation, publicity and training',    20, 10),
('2023-139', 5, 'EFFECT',    '实施成效与示范带动作用', 'Effect and demonstration value',            15, 10);

CREATE TABLE acceptance_evaluation (
    id                VARCHAR(36)   PRIMARY KEY,
    project_number    VARCHAR(20)   NOT NULL REFERENCES project (project_number),
    applicant_name    VARCHAR(200)  NOT NULL,
    applicant_uscc    VARCHAR(18)   NOT NULL,
    guarantor_code    VARCHAR(16)   NOT NULL,
    key_project       BOOLEAN       NOT NULL,
    application_xml   VARCHAR(200000) NOT NULL,
    criteria          VARCHAR(8000) NOT NULL,
    minimum_panel     INTEGER       NOT NULL,
    pass_threshold    NUMERIC(5,2)  NOT NULL,
    rework_threshold  NUMERIC(5,2)  NOT NULL,
    reevaluations     INTEGER       NOT NULL,
    rework_period     VARCHAR(16)   NOT NULL,
    received_by       VARCHAR(100)  NOT NULL,
    received_org      VARCHAR(16)   NOT NULL,
    received_roles    VARCHAR(40)   NOT NULL,
    received_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    state             VARCHAR(20)   NOT NULL,
    version           BIGINT        NOT NULL
);

CREATE INDEX acceptance_evaluation_project ON acceptance_evaluation (project_number);

CREATE TABLE acceptance_step (
    evaluation_id  VARCHAR(36)   NOT NULL REFERENCES acceptance_evaluation (id),
    position       INTEGER       NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    actor          VARCHAR(100)  NOT NULL,
    actor_org      VARCHAR(16)   NOT NULL,
    actor_roles    VARCHAR(40)   NOT NULL,
    taken_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    args           VARCHAR(8000),
    PRIMARY KEY (evaluation_id, position)
);
