-- V001: initial schema. Articles and their rows are written once and never updated;
-- events (merged) carry aggregate counts the store refreshes as mentions arrive.
CREATE TABLE articles (
    article_id       BIGINT PRIMARY KEY,
    ext_id           VARCHAR,
    url              VARCHAR,
    url_key          VARCHAR,
    content_hash     VARCHAR,
    title            VARCHAR,
    source           VARCHAR,
    source_key       VARCHAR,
    pub_date         DATE,
    report_date      DATE,
    dateline_place   VARCHAR,
    dateline_country VARCHAR,
    dateline_date    DATE,
    dateline_agency  VARCHAR,
    output_schema    VARCHAR,
    text             VARCHAR,
    duplicate_of     BIGINT,
    similarity       DOUBLE,
    minhash          BLOB,
    analysis         VARCHAR,
    ingested_at      TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX articles_url_key ON articles (url_key);
CREATE UNIQUE INDEX articles_content_hash ON articles (content_hash);

CREATE TABLE minhash_bands (
    bucket     BIGINT NOT NULL,
    band       SMALLINT NOT NULL,
    article_id BIGINT NOT NULL
);
CREATE INDEX minhash_bands_bucket ON minhash_bands (bucket);

CREATE TABLE entities (
    article_id    BIGINT NOT NULL,
    entity_idx    INTEGER NOT NULL,
    entity_id     VARCHAR,
    name          VARCHAR,
    type          VARCHAR,
    title         VARCHAR,
    country       VARCHAR,
    actor_code    VARCHAR,
    actor_country VARCHAR,
    actor_reason  VARCHAR,
    num_mentions  INTEGER NOT NULL,
    PRIMARY KEY (article_id, entity_idx)
);

CREATE TABLE mentions (
    article_id   BIGINT NOT NULL,
    entity_idx   INTEGER NOT NULL,
    mention_idx  INTEGER NOT NULL,
    start_offset INTEGER,
    end_offset   INTEGER,
    text         VARCHAR,
    kind         VARCHAR,
    PRIMARY KEY (article_id, entity_idx, mention_idx)
);

CREATE TABLE places (
    article_id  BIGINT NOT NULL,
    place_idx   INTEGER NOT NULL,
    name        VARCHAR,
    country     VARCHAR,
    lat         DOUBLE,
    lon         DOUBLE,
    feature     VARCHAR,
    geoname_id  BIGINT,
    confidence  DOUBLE,
    approximate BOOLEAN,
    reason      VARCHAR,
    PRIMARY KEY (article_id, place_idx)
);

CREATE TABLE quotes (
    article_id        BIGINT NOT NULL,
    quote_idx         INTEGER NOT NULL,
    text              VARCHAR,
    start_offset      INTEGER,
    end_offset        INTEGER,
    speaker_name      VARCHAR,
    speaker_entity_id VARCHAR,
    speaker_text      VARCHAR,
    cue               VARCHAR,
    channel           VARCHAR,
    indirect          BOOLEAN,
    PRIMARY KEY (article_id, quote_idx)
);

CREATE TABLE events (
    event_id         BIGINT PRIMARY KEY,
    merge_key        VARCHAR NOT NULL,
    cameo            VARCHAR,
    cameo_base       VARCHAR,
    cameo_root       VARCHAR,
    cameo_name       VARCHAR,
    plover           VARCHAR,
    plover_mode      VARCHAR,
    quad_class       INTEGER,
    goldstein        DOUBLE,
    source_code      VARCHAR,
    source_name      VARCHAR,
    source_country   VARCHAR,
    target_code      VARCHAR,
    target_name      VARCHAR,
    target_country   VARCHAR,
    event_date       DATE,
    place_name       VARCHAR,
    country          VARCHAR,
    lat              DOUBLE,
    lon              DOUBLE,
    negated          BOOLEAN NOT NULL,
    hypothetical     BOOLEAN NOT NULL,
    is_root          BOOLEAN NOT NULL,
    num_mentions     INTEGER NOT NULL,
    num_sources      INTEGER NOT NULL,
    num_articles     INTEGER NOT NULL,
    first_report     DATE,
    last_report      DATE,
    first_article_id BIGINT NOT NULL,
    source_url       VARCHAR,
    added_at         TIMESTAMP NOT NULL
);
CREATE INDEX events_merge_key ON events (merge_key);

CREATE TABLE event_mentions (
    article_id        BIGINT NOT NULL,
    mention_idx       INTEGER NOT NULL,
    event_id          BIGINT NOT NULL,
    ext_event_id      VARCHAR,
    cameo             VARCHAR,
    cameo_name        VARCHAR,
    plover            VARCHAR,
    plover_mode       VARCHAR,
    goldstein         DOUBLE,
    quad_class        INTEGER,
    source_code       VARCHAR,
    source_name       VARCHAR,
    source_entity_id  VARCHAR,
    source_country    VARCHAR,
    target_code       VARCHAR,
    target_name       VARCHAR,
    target_entity_id  VARCHAR,
    target_country    VARCHAR,
    date_text         VARCHAR,
    event_date        DATE,
    place_name        VARCHAR,
    country           VARCHAR,
    lat               DOUBLE,
    lon               DOUBLE,
    location_reason   VARCHAR,
    background        BOOLEAN,
    negated           BOOLEAN,
    hypothetical      BOOLEAN,
    claimed           BOOLEAN,
    sourcing          VARCHAR,
    evidence_start    INTEGER,
    evidence_end      INTEGER,
    evidence_text     VARCHAR,
    is_root           BOOLEAN,
    PRIMARY KEY (article_id, mention_idx)
);
CREATE INDEX event_mentions_event ON event_mentions (event_id);
