package org.eventwire.store;

/**
 * The columns of a story row that are derived from all its reports and events, sources,
 * countries and main events, computed when the row is read (queries and exports) rather than kept up to date
 * at every ingest: recomputing them for the whole story per report was the largest cost of
 * story assignment, and a reader asks for far fewer stories than ingest touches.
 */
final class StorySummary {
    private StorySummary() {
    }

    /** Select list for the stories table under this alias, countries and main events filled. */
    static String columns(String alias) {
        String id = alias + ".story_id";
        return alias + ".* REPLACE ("
                + "(SELECT count(DISTINCT coalesce(a.source_key, 'article:' || a.article_id)) FROM articles a "
                + "WHERE a.story_id = " + id + ") AS num_sources, "
                + "(SELECT string_agg(country, ',' ORDER BY k DESC, country) FROM (SELECT pl.country, "
                + "count(*) AS k FROM places pl JOIN articles a ON a.article_id = pl.article_id WHERE "
                + "a.story_id = " + id + " AND pl.country IS NOT NULL GROUP BY pl.country ORDER BY k DESC, "
                + "pl.country LIMIT 5)) AS countries, "
                + "(SELECT string_agg(CAST(event_id AS VARCHAR), ',' ORDER BY m DESC, event_id) FROM "
                + "(SELECT e.event_id, e.num_mentions AS m FROM events e WHERE e.story_id = " + id
                + " ORDER BY e.num_mentions DESC, e.event_id LIMIT 5)) AS main_events)";
    }
}
