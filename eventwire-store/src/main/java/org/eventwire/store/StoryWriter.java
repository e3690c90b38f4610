package org.eventwire.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eventwire.store.story.Rarity;
import org.eventwire.store.story.StoryIndex;
import org.eventwire.store.story.StoryProfile;
import org.eventwire.store.story.StoryRule;

/**
 * Puts each new report into a story ({@link StoryRule}) inside the article's transaction:
 * updates the term document frequencies, finds candidate stories in the in-memory index of
 * live stories ({@link StoryIndex}), opens a story or joins one, and keeps the story's term
 * counts and summary row. Document frequencies live in memory (they grow with the vocabulary,
 * not with the stories); the index holds only the stories a report can still join, so memory
 * does not grow with stories outside the time window. The tables are written so that the
 * index can be rebuilt when the store is opened; after a rollback everything is reloaded.
 */
final class StoryWriter {
    /** Candidates are the stories sharing most of the report's this many heaviest terms. */
    static final int PROBE_TERMS = 30;
    static final int MAX_CANDIDATES = 64;
    /** Live stories held in memory at most (the least recently joined leave first). */
    static final int LIVE_STORIES = 2048;

    private final Connection c;
    private final Statements st;
    private final Map<String, Integer> df = new HashMap<>();
    /** Stories holding each term, derived from story_terms when the store is opened. */
    private final Map<String, Integer> storyDf = new HashMap<>();
    private final StoryIndex index = new StoryIndex(LIVE_STORIES);
    private long n;
    private long stories;
    private long nextStory;
    private long nanos;

    StoryWriter(Connection c, Statements st) throws SQLException {
        this.c = c;
        this.st = st;
        reload();
    }

    void reload() throws SQLException {
        df.clear();
        storyDf.clear();
        index.clear();
        try (Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM articles WHERE story_id IS NOT NULL")) {
                r.next();
                n = r.getLong(1);
            }
            // document frequencies over reports and over stories, derived once from the story
            // term counts rather than written per report
            try (ResultSet r = s.executeQuery("SELECT term, sum(reports), count(*) FROM story_terms "
                    + "GROUP BY term")) {
                while (r.next()) {
                    df.put(r.getString(1), r.getInt(2));
                    storyDf.put(r.getString(1), r.getInt(3));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT count(*), coalesce(max(story_id), 0) FROM stories")) {
                r.next();
                stories = r.getLong(1);
                nextStory = r.getLong(2) + 1;
            }
        }
        loadLive();
    }

    /**
     * Rebuilds the index as it stood when the store was closed: the stories joined most
     * recently, least recent first.
     */
    private void loadLive() throws SQLException {
        List<StoryProfile> live = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT s.story_id, s.num_reports, s.first_date, "
                + "s.last_date FROM stories s JOIN (SELECT story_id, max(article_id) AS latest FROM articles "
                + "WHERE story_id IS NOT NULL GROUP BY story_id) a ON a.story_id = s.story_id "
                + "ORDER BY a.latest DESC LIMIT " + LIVE_STORIES)) {
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    live.add(new StoryProfile(r.getLong(1), new TreeMap<>(), r.getInt(2),
                            Sql.localDate(r, "first_date"), Sql.localDate(r, "last_date")));
                }
            }
        }
        if (live.isEmpty()) {
            return;
        }
        Map<Long, StoryProfile> byId = new HashMap<>();
        live.forEach(sp -> byId.put(sp.id(), sp));
        try (PreparedStatement p = c.prepareStatement("SELECT story_id, term, tf FROM story_terms "
                + "WHERE story_id IN (SELECT unnest(?))")) {
            p.setArray(1, c.createArrayOf("BIGINT", byId.keySet().toArray()));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    byId.get(r.getLong(1)).terms().put(r.getString(2), r.getInt(3));
                }
            }
        }
        for (int i = live.size() - 1; i >= 0; i--) {
            index.load(live.get(i));
        }
    }

    /** The story a report with these terms and date joins; a new one gets a row here. */
    long assign(Map<String, Integer> terms, LocalDate date, String headline) throws SQLException {
        long t0 = System.nanoTime();
        try {
            return assignTimed(terms, date, headline);
        } finally {
            nanos += System.nanoTime() - t0;
        }
    }

    /** Time spent assigning stories since the store was opened, for the ingest summary. */
    long nanos() {
        return nanos;
    }

    private long assignTimed(Map<String, Integer> terms, LocalDate date, String headline)
            throws SQLException {
        addDf(terms);
        List<StoryRule.Match> m = StoryRule.matches(terms, date, candidates(terms, date), rarity());
        long story;
        if (m.isEmpty()) {
            story = nextStory++;
            stories++;
            PreparedStatement p = st.get("INSERT INTO stories (story_id, headline, num_reports, "
                    + "num_sources, updated_at) VALUES (?, ?, 0, 0, CAST(? AS TIMESTAMP))");
            p.setLong(1, story);
            Sql.str(p, 2, headline);
            p.setString(3, Clock.nowUtc());
            p.executeUpdate();
        } else {
            story = m.get(0).storyId();
        }
        addTerms(story, terms, date, m.isEmpty());
        return story;
    }

    /**
     * Counts a stored report into its story's row: span and reports, from the report's own
     * row rather than over the whole story (sources, countries and main events are computed
     * when read, {@link StorySummary}).
     */
    void refresh(long story, long articleId) throws SQLException {
        long t0 = System.nanoTime();
        PreparedStatement p = st.get("UPDATE stories SET "
                + "first_report = least(coalesce(first_report, a.report_date), coalesce(a.report_date, first_report)), "
                + "last_report = greatest(coalesce(last_report, a.report_date), coalesce(a.report_date, last_report)), "
                + "first_date = least(coalesce(first_date, a.story_date), coalesce(a.story_date, first_date)), "
                + "last_date = greatest(coalesce(last_date, a.story_date), coalesce(a.story_date, last_date)), "
                + "num_reports = num_reports + 1, updated_at = CAST($3 AS TIMESTAMP) "
                + "FROM articles a WHERE a.article_id = $2 AND stories.story_id = $1");
        p.setLong(1, story);
        p.setLong(2, articleId);
        p.setString(3, Clock.nowUtc());
        p.executeUpdate();
        nanos += System.nanoTime() - t0;
    }

    private Rarity rarity() {
        return new Rarity(t -> df.getOrDefault(t, 0), n, t -> storyDf.getOrDefault(t, 0), stories);
    }

    private void addDf(Map<String, Integer> terms) {
        n++;
        terms.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
    }

    /** Live stories in the report's time window sharing the most of its heaviest terms. */
    private List<StoryProfile> candidates(Map<String, Integer> terms, LocalDate date) {
        Map<String, Double> v = StoryRule.vector(terms, rarity());
        List<String> probe = v.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(PROBE_TERMS).map(Map.Entry::getKey).toList();
        return probe.isEmpty() ? List.of()
                : index.candidatesWhere(probe, s -> StoryRule.mayJoin(date, terms, s), MAX_CANDIDATES);
    }

    private void addTerms(long story, Map<String, Integer> terms, LocalDate date, boolean opened)
            throws SQLException {
        StoryProfile sp = index.get(story);
        if (opened || sp == null) {
            write(st.get("INSERT INTO story_terms SELECT ?, unnest(?), unnest(?), 1"), story,
                    terms.keySet(), terms.values());
            terms.keySet().forEach(t -> storyDf.merge(t, 1, Integer::sum));
        } else {
            // the joined story's live profile tells which terms it already has: a plain insert
            // and a plain update are cheaper in DuckDB than an upsert with conflicts
            List<String> fresh = new ArrayList<>();
            List<Integer> freshTf = new ArrayList<>();
            List<String> known = new ArrayList<>();
            List<Integer> knownTf = new ArrayList<>();
            terms.forEach((t, k) -> {
                boolean had = sp.terms().containsKey(t);
                (had ? known : fresh).add(t);
                (had ? knownTf : freshTf).add(k);
            });
            if (!fresh.isEmpty()) {
                write(st.get("INSERT INTO story_terms SELECT ?, unnest(?), unnest(?), 1"), story, fresh, freshTf);
            }
            fresh.forEach(t -> storyDf.merge(t, 1, Integer::sum));
            if (!known.isEmpty()) {
                write(st.get("UPDATE story_terms SET tf = story_terms.tf + x.tf, reports = story_terms.reports + 1 FROM (SELECT ? AS s, "
                        + "unnest(?) AS term, unnest(?) AS tf) x WHERE story_terms.story_id = x.s "
                        + "AND story_terms.term = x.term"), story, known, knownTf);
            }
        }
        // the story row's span and count are written by refresh(), in the same transaction;
        // the index is updated to what the store will hold (a rollback reloads it)
        index.add(story, terms, date);
    }

    private void write(PreparedStatement p, long story, Collection<String> terms,
                       Collection<Integer> tfs) throws SQLException {
        p.setLong(1, story);
        p.setArray(2, c.createArrayOf("VARCHAR", terms.toArray()));
        p.setArray(3, c.createArrayOf("INTEGER", tfs.toArray()));
        p.executeUpdate();
    }
}
