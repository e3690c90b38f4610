package org.eventwire.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories in the store: assignment, order, idempotence, migration and export (events inside a story: {@link StoryEventsTest}). */
class StoryStoreTest {
    /** Three happenings, three reports each, in words of our own. */
    static final String[][] REPORTS = {
        {"Floodwaters from the swollen Varna river swept through the market town of Belcastro on "
                + "Monday, forcing two thousand residents from their homes, the mayor said.",
         "Rescue boats ferried residents through the floodwaters in Belcastro on Monday after the "
                + "swollen Varna river burst its banks; the mayor opened the school as a shelter.",
         "The Varna river was still rising in Belcastro on Monday evening; residents who fled the "
                + "flood waited in the school shelter for the water to fall."},
        {"Voters in Kestrania elected the reformer Ilse Marrow as president on Sunday, giving her "
                + "fifty-four percent against the incumbent, the election commission announced.",
         "Ilse Marrow thanked voters in the Kestranian capital after the commission declared her "
                + "the winner of Sunday's presidential election over the incumbent.",
         "The incumbent conceded defeat to Ilse Marrow, whose reform platform carried the "
                + "Kestrania presidential election, the commission's count showed."},
        {"A fire gutted the Tolland textile factory overnight, and firefighters said three night "
                + "workers were treated for smoke inhalation at the county hospital.",
         "Firefighters battled the blaze at the Tolland textile factory for six hours; three "
                + "workers were taken to hospital with smoke inhalation.",
         "Investigators are looking for the cause of the overnight fire that destroyed the Tolland "
                + "textile factory, where three workers inhaled smoke."}};

    @TempDir
    Path tmp;

    static AnalyzedArticle report(int story, int k, Event... events) {
        String date = "2024-04-0" + (2 + story);
        return Synthetic.simple("s" + story + "r" + k, "https://news" + k + ".example/" + story,
                "paper" + k, date, REPORTS[story][k], events);
    }

    private static List<AnalyzedArticle> all() {
        List<AnalyzedArticle> out = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            for (int s = 0; s < REPORTS.length; s++) {
                out.add(report(s, k));
            }
        }
        return out;
    }

    /** The partition of report ids into stories, as a set of sets. */
    static Set<Set<String>> partition(EventStore store) {
        Map<Long, Set<String>> by = new HashMap<>();
        for (StoryRow s : store.stories(StoryQuery.all())) {
            for (StoryReportRow r : store.storyReports(s.storyId())) {
                by.computeIfAbsent(s.storyId(), x -> new HashSet<>()).add(r.extId());
            }
        }
        return new HashSet<>(by.values());
    }

    static Set<Set<String>> truth() {
        Set<Set<String>> t = new HashSet<>();
        for (int s = 0; s < REPORTS.length; s++) {
            t.add(Set.of("s" + s + "r0", "s" + s + "r1", "s" + s + "r2"));
        }
        return t;
    }

    @Test
    void everyReportJoinsTheStoryOfItsHappening() {
        try (EventStore store = EventStore.open(tmp.resolve("a.duckdb"))) {
            for (AnalyzedArticle a : all()) {
                store.add(a, null);
            }
            assertEquals(truth(), partition(store));
            StoryRow s = store.stories(StoryQuery.all()).get(0);
            assertEquals(3, s.reports());
            assertEquals(3, s.sources());
            assertTrue(s.headline().startsWith("Title s"));
            assertEquals(3, store.stories(new StoryQuery(null, null, null, 3, null)).size());
            assertEquals(1, store.stories(new StoryQuery(java.time.LocalDate.parse("2024-04-04"), null,
                    null, null, null)).size());
        }
    }

    @Test
    void reportOrderDoesNotChangeTheStories() {
        List<AnalyzedArticle> reversed = new ArrayList<>(all());
        Collections.reverse(reversed);
        for (List<AnalyzedArticle> order : List.of(all(), reversed)) {
            Path db = tmp.resolve("o" + System.identityHashCode(order) + ".duckdb");
            try (EventStore store = EventStore.open(db)) {
                for (AnalyzedArticle a : order) {
                    store.add(a, null);
                }
                assertEquals(truth(), partition(store));
            }
        }
    }

    @Test
    void reIngestingAddsNothingAndChangesNoStory() throws Exception {
        Path db = tmp.resolve("i.duckdb");
        try (EventStore store = EventStore.open(db)) {
            for (AnalyzedArticle a : all()) {
                store.add(a, null);
            }
        }
        List<List<String>> before = snapshot(db);
        try (EventStore store = EventStore.open(db)) {
            for (AnalyzedArticle a : all()) {
                assertEquals(AddResult.Status.DUPLICATE, store.add(a, null).status());
            }
        }
        assertEquals(before, snapshot(db));
    }

    /** Profiles kept in memory between reports must be what the store would give back. */
    @Test
    void aStoreReopenedBetweenReportsAssignsAsOneKeptOpen() throws Exception {
        List<AnalyzedArticle> arts = all();
        Path open = tmp.resolve("kept.duckdb");
        try (EventStore store = EventStore.open(open)) {
            for (AnalyzedArticle a : arts) {
                store.add(a, null);
            }
        }
        Path reopened = tmp.resolve("reopened.duckdb");
        for (AnalyzedArticle a : arts) {
            try (EventStore store = EventStore.open(reopened)) {
                store.add(a, null);
            }
        }
        assertEquals(snapshot(open), snapshot(reopened));
    }

    /** Version 3 derives document frequencies from story_terms: a version 2 store keeps going. */
    @Test
    void aStoreOfVersion2KeepsItsStoriesWhenMigrated() throws Exception {
        Path db = tmp.resolve("v2.duckdb");
        List<AnalyzedArticle> arts = all();
        try (EventStore store = EventStore.open(db)) {
            for (AnalyzedArticle a : arts.subList(0, 6)) {
                store.add(a, null);
            }
        }
        // what a version 2 store holds: no reports column, the term index and term_df
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
             java.sql.Statement st = c.createStatement()) {
            st.execute("ALTER TABLE story_terms DROP COLUMN reports");
            st.execute("CREATE INDEX story_terms_term ON story_terms (term)");
            st.execute("CREATE TABLE term_df (term VARCHAR PRIMARY KEY, df INTEGER NOT NULL)");
            st.execute("DELETE FROM schema_version WHERE version = 3");
        }
        try (EventStore store = EventStore.open(db)) {
            for (AnalyzedArticle a : arts.subList(6, arts.size())) {
                store.add(a, null);
            }
            assertEquals(truth(), partition(store));
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
            assertEquals(0, CrashSafetyTest.count(c, "SELECT count(*) FROM story_terms WHERE reports IS NULL "
                    + "OR reports < 1 OR reports > 3"));
        }
    }

    private static List<List<String>> snapshot(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
            List<List<String>> out = new ArrayList<>();
            out.addAll(CrashSafetyTest.rows(c, "SELECT article_id, story_id FROM articles ORDER BY 1"));
            out.addAll(CrashSafetyTest.rows(c, "SELECT * EXCLUDE (updated_at) FROM stories ORDER BY 1"));
            out.addAll(CrashSafetyTest.rows(c, "SELECT * FROM story_terms ORDER BY 1, 2"));
            return out;
        }
    }

    @Test
    void storyRowsCountEachReportAsItArrivesAndSummariseWhenRead() {
        try (EventStore store = EventStore.open(tmp.resolve("r.duckdb"))) {
            String[] dates = {"2024-04-05", "2024-04-03", "2024-04-04"};
            String[] papers = {"paper1", "paper2", "paper1"};
            for (int k = 0; k < 3; k++) {
                List<org.eventwire.model.Place> places = k == 1
                        ? List.of(Synthetic.place("Hartford", "USA", 41.76, -72.67),
                                Synthetic.place("Montreal", "CAN", 45.5, -73.57),
                                Synthetic.place("Springfield", "USA", 42.1, -72.59))
                        : List.of();
                store.add(Synthetic.article("f" + k, "https://news" + k + ".example/fire", papers[k],
                        dates[k], REPORTS[2][k], List.of(), places, List.of(),
                        List.of(Synthetic.event("e1", "193", "USA", null, dates[k],
                                Synthetic.loc("Tolland", "USA", 41.9, -72.4)))), null);
            }
            List<StoryRow> rows = store.stories(StoryQuery.all());
            assertEquals(1, rows.size());
            StoryRow s = rows.get(0);
            assertEquals(3, s.reports());
            assertEquals(2, s.sources(), "two reports of one paper are one source");
            assertEquals("2024-04-03", s.firstReport());
            assertEquals("2024-04-05", s.lastReport());
            assertEquals("USA,CAN", s.countries(), "most named country first");
            List<EventRow> events = store.storyEvents(s.storyId());
            assertEquals(String.valueOf(events.get(0).eventId()), s.mainEvents().split(",")[0]);
            assertEquals(s, store.story(s.storyId()));
        }
    }

    @Test
    void aStoreFromBeforeStoriesGetsThemWhenOpened() throws Exception {
        Path db = tmp.resolve("v1.duckdb");
        try (EventStore store = EventStore.open(db)) {
            for (AnalyzedArticle a : all()) {
                store.add(a, null);
            }
        }
        // what migrating a version 1 store leaves: articles and events without stories
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
             java.sql.Statement st = c.createStatement()) {
            st.execute("UPDATE articles SET story_id = NULL, story_date = NULL");
            st.execute("UPDATE events SET story_id = NULL");
            st.execute("DELETE FROM stories");
            st.execute("DELETE FROM story_terms");
        }
        try (EventStore store = EventStore.open(db)) {
            assertEquals(truth(), partition(store));
        }
    }

    @Test
    void exportsCarryTheStories() throws Exception {
        Path out = tmp.resolve("out");
        try (EventStore store = EventStore.open(tmp.resolve("x.duckdb"))) {
            for (AnalyzedArticle a : all()) {
                store.add(a, null);
            }
            store.export(out, ExportFormat.JSONL);
            store.export(tmp.resolve("pq"), ExportFormat.PARQUET);
        }
        assertEquals(3, Files.readAllLines(out.resolve("stories.jsonl")).size());
        assertTrue(Files.readAllLines(out.resolve("articles.jsonl")).stream()
                .allMatch(l -> l.matches(".*\"story_id\":[0-9]+.*")));
        assertTrue(Files.exists(tmp.resolve("pq").resolve("stories.parquet")));
    }
}
