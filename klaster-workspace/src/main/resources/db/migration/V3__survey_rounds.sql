-- Version 3: Rosenfeld survey rounds. A round of an initiative (title, opened and closed dates) invites
-- stakeholders; each invitation has an unguessable link token, of which only the SHA-256 hash is stored (a copy of
-- the database does not let anyone answer). An answer is one score per survey indicator of the competitiveness
-- framework (klaster-core rosenfeld-default.json), on its Likert scale; a non-answer ("don't know") is no row.

CREATE TABLE survey_rounds (
    id            VARCHAR(40) NOT NULL PRIMARY KEY,
    initiative_id VARCHAR(40) NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    title         TEXT        NOT NULL,
    opened_on     VARCHAR(10) NOT NULL,
    closed_on     VARCHAR(10),
    created_at    VARCHAR(40) NOT NULL,
    updated_at    VARCHAR(40) NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 1,
    deleted_at    VARCHAR(40)
);

CREATE TABLE survey_invitations (
    id             VARCHAR(40) NOT NULL PRIMARY KEY,
    round_id       VARCHAR(40) NOT NULL REFERENCES survey_rounds(id) ON DELETE CASCADE,
    initiative_id  VARCHAR(40) NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    stakeholder_id VARCHAR(40) NOT NULL REFERENCES stakeholders(id) ON DELETE CASCADE,
    token_hash     VARCHAR(64) NOT NULL UNIQUE,
    created_at     VARCHAR(40) NOT NULL,
    answered_at    VARCHAR(40),
    UNIQUE (round_id, stakeholder_id)
);

CREATE TABLE survey_answers (
    invitation_id VARCHAR(40) NOT NULL REFERENCES survey_invitations(id) ON DELETE CASCADE,
    round_id      VARCHAR(40) NOT NULL REFERENCES survey_rounds(id) ON DELETE CASCADE,
    indicator     VARCHAR(60) NOT NULL,
    score         INTEGER     NOT NULL,
    PRIMARY KEY (invitation_id, indicator)
);

CREATE INDEX survey_rounds_initiative ON survey_rounds (initiative_id);
CREATE INDEX survey_answers_round ON survey_answers (round_id, indicator);
