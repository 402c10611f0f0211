-- Version 5: evaluations, periodic reviews of an initiative's KPIs. A review has its date, the period it covers,
-- an overall verdict with a summary, and validity dates (valid_from .. valid_until: until when the verdict
-- stands); each reviewed KPI has its own verdict (ON_TRACK, AT_RISK, OFF_TRACK, ACHIEVED, NOT_MEASURED) and a note.
-- reviewer_id is the user who saved the review (no foreign key, like audit_log: it outlives a deleted user).

CREATE TABLE evaluations (
    id            VARCHAR(40) NOT NULL PRIMARY KEY,
    initiative_id VARCHAR(40) NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    reviewed_on   VARCHAR(10) NOT NULL,
    period_from   VARCHAR(10) NOT NULL,
    period_to     VARCHAR(10) NOT NULL,
    overall       VARCHAR(20) NOT NULL,
    summary       TEXT        NOT NULL,
    valid_from    VARCHAR(10) NOT NULL,
    valid_until   VARCHAR(10) NOT NULL,
    reviewer_id   VARCHAR(40) NOT NULL,
    created_at    VARCHAR(40) NOT NULL,
    updated_at    VARCHAR(40) NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 1,
    deleted_at    VARCHAR(40)
);

CREATE TABLE evaluation_kpis (
    evaluation_id VARCHAR(40) NOT NULL REFERENCES evaluations(id) ON DELETE CASCADE,
    kpi_id        VARCHAR(40) NOT NULL REFERENCES kpis(id) ON DELETE CASCADE,
    verdict       VARCHAR(20) NOT NULL,
    note          TEXT,
    position      INTEGER     NOT NULL,
    PRIMARY KEY (evaluation_id, kpi_id)
);

CREATE INDEX evaluations_initiative ON evaluations (initiative_id, reviewed_on);
