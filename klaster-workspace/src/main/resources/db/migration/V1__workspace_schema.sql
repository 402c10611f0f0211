-- Klaster workspace schema, version 1.
-- Portable SQL: runs unchanged on SQLite (3.35+) and PostgreSQL (12+).
-- Identifiers are application-generated time-ordered text ids (no SERIAL / AUTOINCREMENT, which differ).
-- Dates are ISO-8601 text (yyyy-MM-dd), instants ISO-8601 UTC text; money is whole rupiah (BIGINT).
-- Every mutable row has a version (optimistic locking) and deleted_at (soft delete, NULL = live).

CREATE TABLE users (
    id             VARCHAR(40)  NOT NULL PRIMARY KEY,
    username       VARCHAR(100) NOT NULL UNIQUE,
    display_name   TEXT         NOT NULL,
    password_hash  TEXT         NOT NULL,
    is_admin       BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at     VARCHAR(40)  NOT NULL,
    updated_at     VARCHAR(40)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 1,
    deleted_at     VARCHAR(40)
);

CREATE TABLE initiatives (
    id                VARCHAR(40) NOT NULL PRIMARY KEY,
    name              TEXT        NOT NULL,
    cluster_code      TEXT        NOT NULL,
    cluster_name      TEXT        NOT NULL,
    lead_organisation TEXT        NOT NULL,
    governance_body   TEXT        NOT NULL,
    start_date        VARCHAR(10),
    end_date          VARCHAR(10),
    is_public         BOOLEAN     NOT NULL DEFAULT FALSE,
    stage             VARCHAR(40) NOT NULL,
    created_at        VARCHAR(40) NOT NULL,
    updated_at        VARCHAR(40) NOT NULL,
    version           BIGINT      NOT NULL DEFAULT 1,
    deleted_at        VARCHAR(40)
);

CREATE TABLE initiative_regions (
    initiative_id VARCHAR(40) NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    region_code   VARCHAR(40) NOT NULL,
    position      INTEGER     NOT NULL,
    PRIMARY KEY (initiative_id, region_code)
);

CREATE TABLE memberships (
    initiative_id VARCHAR(40) NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    user_id       VARCHAR(40) NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role          VARCHAR(20) NOT NULL,
    PRIMARY KEY (initiative_id, user_id)
);

CREATE TABLE stage_changes (
    id            VARCHAR(40) NOT NULL PRIMARY KEY,
    initiative_id VARCHAR(40) NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    from_stage    VARCHAR(40),
    to_stage      VARCHAR(40) NOT NULL,
    changed_on    VARCHAR(10) NOT NULL,
    changed_by    VARCHAR(40) NOT NULL,
    note          TEXT        NOT NULL,
    created_at    VARCHAR(40) NOT NULL
);

CREATE TABLE endorsed_documents (
    id              VARCHAR(40) NOT NULL PRIMARY KEY,
    stage_change_id VARCHAR(40) NOT NULL REFERENCES stage_changes(id) ON DELETE CASCADE,
    position        INTEGER     NOT NULL,
    title           TEXT        NOT NULL,
    doc_type        VARCHAR(40) NOT NULL
);

CREATE TABLE stakeholders (
    id            VARCHAR(40) NOT NULL PRIMARY KEY,
    initiative_id VARCHAR(40) NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    name          TEXT        NOT NULL,
    type          VARCHAR(40) NOT NULL,
    kbli          VARCHAR(10),
    size_class    VARCHAR(10),
    region_code   VARCHAR(40),
    lat           DOUBLE PRECISION,
    lon           DOUBLE PRECISION,
    sentra_ikm    TEXT,
    is_committed  BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at    VARCHAR(40) NOT NULL,
    updated_at    VARCHAR(40) NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 1,
    deleted_at    VARCHAR(40)
);

CREATE TABLE kpis (
    id             VARCHAR(40) NOT NULL PRIMARY KEY,
    initiative_id  VARCHAR(40) NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    name           TEXT        NOT NULL,
    unit           TEXT        NOT NULL,
    goal           VARCHAR(40) NOT NULL,
    baseline_date  VARCHAR(10),
    baseline_value DOUBLE PRECISION,
    target_date    VARCHAR(10),
    target_value   DOUBLE PRECISION,
    frequency      VARCHAR(20) NOT NULL,
    aggregation    VARCHAR(10) NOT NULL,
    indicator_key  VARCHAR(60),
    created_at     VARCHAR(40) NOT NULL,
    updated_at     VARCHAR(40) NOT NULL,
    version        BIGINT      NOT NULL DEFAULT 1,
    deleted_at     VARCHAR(40)
);

CREATE TABLE kpi_observations (
    id          VARCHAR(40)      NOT NULL PRIMARY KEY,
    initiative_id VARCHAR(40)    NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    kpi_id      VARCHAR(40)      NOT NULL REFERENCES kpis(id) ON DELETE CASCADE,
    observed_on VARCHAR(10)      NOT NULL,
    value       DOUBLE PRECISION NOT NULL,
    source      TEXT             NOT NULL,
    created_at  VARCHAR(40)      NOT NULL,
    updated_at  VARCHAR(40)      NOT NULL,
    version     BIGINT           NOT NULL DEFAULT 1,
    deleted_at  VARCHAR(40)
);

CREATE TABLE actions (
    id            VARCHAR(40) NOT NULL PRIMARY KEY,
    initiative_id VARCHAR(40) NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    title         TEXT        NOT NULL,
    owner         TEXT        NOT NULL,
    start_date    VARCHAR(10),
    end_date      VARCHAR(10),
    budget_rupiah BIGINT,
    status        VARCHAR(20) NOT NULL,
    created_at    VARCHAR(40) NOT NULL,
    updated_at    VARCHAR(40) NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 1,
    deleted_at    VARCHAR(40)
);

CREATE TABLE action_kpis (
    action_id VARCHAR(40) NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    kpi_id    VARCHAR(40) NOT NULL REFERENCES kpis(id) ON DELETE CASCADE,
    position  INTEGER     NOT NULL,
    PRIMARY KEY (action_id, kpi_id)
);

-- The audit log has no foreign keys: it outlives purged rows and deleted users.
CREATE TABLE audit_log (
    id            VARCHAR(40) NOT NULL PRIMARY KEY,
    at            VARCHAR(40) NOT NULL,
    user_id       VARCHAR(40),
    initiative_id VARCHAR(40),
    entity        VARCHAR(40) NOT NULL,
    entity_id     VARCHAR(40) NOT NULL,
    operation     VARCHAR(20) NOT NULL,
    before_json   TEXT,
    after_json    TEXT
);

CREATE INDEX audit_log_initiative ON audit_log (initiative_id, id);
CREATE INDEX stakeholders_initiative ON stakeholders (initiative_id);
CREATE INDEX kpis_initiative ON kpis (initiative_id);
CREATE INDEX actions_initiative ON actions (initiative_id);
CREATE INDEX kpi_observations_kpi ON kpi_observations (kpi_id);
CREATE INDEX stage_changes_initiative ON stage_changes (initiative_id);
