-- Version 4: the OVOP / sentra IKM product registry. A product of an initiative (name, village/desa, region code,
-- producer group or firm, KBLI, category), optionally tied to a cluster code and placed by WGS84 coordinates, with
-- an OTOP-style grade (1-5 stars, criteria in Grade's labels) and its certifications (halal, SNI, PIRT, ...).

CREATE TABLE products (
    id            VARCHAR(40) NOT NULL PRIMARY KEY,
    initiative_id VARCHAR(40) NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    name          TEXT        NOT NULL,
    village       TEXT,
    region_code   VARCHAR(40),
    producer      TEXT        NOT NULL,
    kbli          VARCHAR(10),
    category      VARCHAR(40) NOT NULL,
    cluster_code  VARCHAR(40),
    grade         INTEGER,
    lat           DOUBLE PRECISION,
    lon           DOUBLE PRECISION,
    created_at    VARCHAR(40) NOT NULL,
    updated_at    VARCHAR(40) NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 1,
    deleted_at    VARCHAR(40)
);

CREATE TABLE product_certifications (
    product_id VARCHAR(40) NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    kind       VARCHAR(40) NOT NULL,
    PRIMARY KEY (product_id, kind)
);

CREATE INDEX products_initiative ON products (initiative_id, category);
