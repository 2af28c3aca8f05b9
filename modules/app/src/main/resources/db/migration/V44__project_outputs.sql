-- A project's standard outputs (标准成果: level, title, number, stage and the day it was reached) as the list of
-- registrations and stage changes, and its publicity/training (宣贯) activities. Portable SQL (H2 2.x, PostgreSQL 15).

CREATE TABLE project_output_change (
    project_number   VARCHAR(20)   NOT NULL REFERENCES project (project_number),
    position         INTEGER       NOT NULL,
    level_code       VARCHAR(16)   NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    stage            VARCHAR(24)   NOT NULL,
    stage_date       DATE          NOT NULL,
    standard_number  VARCHAR(60),
    PRIMARY KEY (project_number, position)
);

CREATE TABLE project_activity (
    project_number  VARCHAR(20)   NOT NULL REFERENCES project (project_number),
    position        INTEGER       NOT NULL,
    activity_date   DATE          NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    audience        INTEGER       NOT NULL,
    description     VARCHAR(2000) NOT NULL,
    PRIMARY KEY (project_number, position)
);
