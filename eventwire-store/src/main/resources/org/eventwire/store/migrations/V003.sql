-- V003: stories: candidates from an in-memory index (the term index on story_terms is no longer read); document frequencies derived from story_terms.reports instead of a term_df table written per report.
DROP INDEX story_terms_term;
ALTER TABLE story_terms ADD COLUMN reports INTEGER;
UPDATE story_terms SET reports = least(tf, (SELECT s.num_reports FROM stories s WHERE s.story_id = story_terms.story_id));
DROP TABLE term_df;
