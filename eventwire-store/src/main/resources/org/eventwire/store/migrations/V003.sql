-- V003: story candidates come from an in-memory index; the term index on story_terms is no longer read, and it slowed every write.
DROP INDEX story_terms_term;
