-- V002: stories. Every report belongs to a story (the real-world happening it tells); term
-- document frequencies and story term counts are kept for the incremental assignment.
ALTER TABLE articles ADD COLUMN story_id BIGINT;
ALTER TABLE articles ADD COLUMN story_date DATE;
ALTER TABLE events ADD COLUMN story_id BIGINT;
CREATE TABLE stories (
    story_id     BIGINT PRIMARY KEY,
    headline     VARCHAR,
    first_report DATE,
    last_report  DATE,
    first_date   DATE,
    last_date    DATE,
    num_reports  INTEGER NOT NULL,
    num_sources  INTEGER NOT NULL,
    countries    VARCHAR,
    main_events  VARCHAR,
    updated_at   TIMESTAMP NOT NULL
);
CREATE TABLE story_terms (
    story_id BIGINT NOT NULL,
    term     VARCHAR NOT NULL,
    tf       INTEGER NOT NULL,
    PRIMARY KEY (story_id, term)
);
CREATE INDEX story_terms_term ON story_terms (term);
CREATE TABLE term_df (
    term VARCHAR PRIMARY KEY,
    df   INTEGER NOT NULL
);
