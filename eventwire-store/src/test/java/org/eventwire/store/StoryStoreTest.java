package org.eventwire.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.eventwire.model.EventLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories in the store: assignment, events merged inside a story, order and idempotence. */
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

    private static AnalyzedArticle report(int story, int k, Event... events) {
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
    private static Set<Set<String>> partition(EventStore store) {
        Map<Long, Set<String>> by = new HashMap<>();
        for (StoryRow s : store.stories(StoryQuery.all())) {
            for (StoryReportRow r : store.storyReports(s.storyId())) {
                by.computeIfAbsent(s.storyId(), x -> new HashSet<>()).add(r.extId());
            }
        }
        return new HashSet<>(by.values());
    }

    private static Set<Set<String>> truth() {
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
    void eventsOfOneStoryMergeWhenTheyAreTheSameAct() {
        try (EventStore store = EventStore.open(tmp.resolve("e.duckdb"))) {
            // the flood story has an event of the same kind elsewhere: another story, another act
            store.add(report(0, 0, Synthetic.event("e1", "190", "USAMIL", null, "2024-04-04",
                    Synthetic.loc("Belcastro", "USA", 35.0, -90.0))), null);
            for (int k = 0; k < 3; k++) {
                if (k > 0) {
                    store.add(report(0, k), null);
                }
                store.add(report(1, k), null);
            }
            // the fire: one report codes it generally with its target, another specifically without
            store.add(report(2, 0, Synthetic.event("e1", "190", "USAMIL", "USAREB", "2024-04-04",
                    Synthetic.loc("Tolland", "USA", 41.9, -72.4))), null);
            store.add(report(2, 1, Synthetic.event("e1", "193", "USA", null, "2024-04-05",
                    Synthetic.loc("Tolland", "USA", 41.91, -72.41))), null);
            // same code, but another country's actor: another act
            store.add(report(2, 2, Synthetic.event("e1", "190", "CANMIL", null, "2024-04-04",
                    Synthetic.loc("Tolland", "USA", 41.9, -72.4))), null);
            assertEquals(truth(), partition(store));
            long fire = store.stories(StoryQuery.all()).stream()
                    .filter(s -> s.headline().contains("s2r0")).findFirst().orElseThrow().storyId();
            List<EventRow> events = store.storyEvents(fire);
            assertEquals(2, events.size());
            EventRow merged = events.stream().filter(e -> e.numArticles() == 2).findFirst().orElseThrow();
            assertEquals(2, merged.numMentions());
            assertEquals(2, merged.numSources());
            assertEquals("2024-04-04", merged.firstReport());
            assertNotEquals(fire, store.stories(StoryQuery.all()).stream()
                    .filter(s -> s.headline().contains("s0r0")).findFirst().orElseThrow().storyId());
        }
    }

    /** Stores the nine reports, the fire's with one arrest event each; returns the fire's events. */
    private List<EventRow> fireEvents(String name, Event... fire) {
        return fireEvents(name, new Event[][] {{fire[0]}, {fire[1]}, {fire[2]}});
    }

    @Test
    void anEventJoinsWhenItIsTheSameActAsAnyTellingOfIt() {
        // the third report's date is too far from the first's, not from the second's
        List<EventRow> events = fireEvents("any.duckdb",
                Synthetic.event("e1", "173", "USACOP", null, "2024-04-04", null),
                Synthetic.event("e1", "173", "USACOP", null, "2024-04-06", null),
                Synthetic.event("e1", "173", "---COP", null, "2024-04-08", null));
        assertEquals(1, events.size(), events.toString());
        assertEquals(3, events.get(0).numArticles());
    }

    @Test
    void aCountryDoesNotBridgeTwoCities() {
        List<EventRow> events = fireEvents("bridge.duckdb",
                Synthetic.event("e1", "173", "USACOP", null, "2024-04-04", Synthetic.loc("Tolland", "USA", 41.9, -72.4)),
                Synthetic.event("e1", "173", "USACOP", null, "2024-04-04",
                        Synthetic.loc("United States", "USA", 39.8, -98.6)),
                Synthetic.event("e1", "173", "USACOP", null, "2024-04-04", Synthetic.loc("Boston", "USA", 42.36, -71.06)));
        assertEquals(2, events.size(), events.toString());
        assertEquals(List.of(1, 2), events.stream().map(EventRow::numArticles).sorted().toList());
    }

    /** The fire's three reports with the given events each; returns the fire's merged events. */
    private List<EventRow> fireEvents(String name, Event[][] fire) {
        try (EventStore store = EventStore.open(tmp.resolve(name))) {
            for (int k = 0; k < 3; k++) {
                store.add(report(0, k), null);
                store.add(report(1, k), null);
                store.add(report(2, k, fire[k]), null);
            }
            long story = store.stories(StoryQuery.all()).stream()
                    .filter(s -> s.headline().contains("s2r0")).findFirst().orElseThrow().storyId();
            return store.storyEvents(story);
        }
    }

    @Test
    void aReportAgreesThroughOneOfItsTellings() {
        EventLocation tolland = Synthetic.loc("Tolland", "USA", 41.9, -72.4);
        Event first = Synthetic.event("e1", "173", "USACOP", null, "2024-04-04", tolland);
        Event third = Synthetic.event("e1", "173", "USACOP", "USACVL", "2024-04-04", tolland);
        // the second report tells the arrest twice, once of "rebels"; the third's "residents"
        // disagree with that telling only, not with the report
        List<EventRow> events = fireEvents("tellings.duckdb", new Event[][] {{first},
            {Synthetic.event("e1", "173", "USACOP", null, "2024-04-04", tolland),
             Synthetic.event("e2", "173", "USACOP", "USAREB", "2024-04-04", tolland)}, {third}});
        assertEquals(1, events.size(), events.toString());
        assertEquals(3, events.get(0).numArticles());
        assertEquals(4, events.get(0).numMentions());
        // told once, and of rebels: the report disagrees, the residents' arrest stays apart
        events = fireEvents("teller.duckdb", new Event[][] {{first},
            {Synthetic.event("e2", "173", "USACOP", "USAREB", "2024-04-04", tolland)}, {third}});
        assertEquals(List.of(1, 2), events.stream().map(EventRow::numArticles).sorted().toList(), events.toString());
    }

    /** The fire's reports stored in the given order, each with one event; re-adds the last; returns the fire's events. */
    private List<EventRow> fireInOrder(String name, int[] order, Event... fire) {
        try (EventStore store = EventStore.open(tmp.resolve(name))) {
            for (int k = 0; k < 3; k++) {
                store.add(report(0, k), null);
                store.add(report(1, k), null);
            }
            for (int k : order) {
                store.add(report(2, k, fire[k]), null);
            }
            String first = "s2r" + order[0];
            long story = store.stories(StoryQuery.all()).stream()
                    .filter(s -> s.headline().contains(first)).findFirst().orElseThrow().storyId();
            List<EventRow> events = store.storyEvents(story);
            int last = order[order.length - 1];
            assertEquals(AddResult.Status.DUPLICATE, store.add(report(2, last, fire[last]), null).status());
            assertEquals(events.toString(), store.storyEvents(story).toString(), "re-ingesting changes nothing");
            assertEquals(events.size(), store.events(EventQuery.all()).size());
            return events;
        }
    }

    @Test
    void aReportThatBridgesTwoMergedEventsJoinsThem() {
        // four days apart the first two tellings are two arrests; the third, between them, is
        // the same act as both: one arrest, whatever the order of the reports
        Event[] fire = {Synthetic.event("e1", "173", "USACOP", null, "2024-04-04", null),
            Synthetic.event("e1", "173", "USACOP", null, "2024-04-08", null),
            Synthetic.event("e1", "173", "USACOP", null, "2024-04-06", null)};
        for (int[] order : new int[][] {{0, 1, 2}, {2, 1, 0}, {1, 0, 2}}) {
            List<EventRow> events = fireInOrder("bridge" + order[0] + ".duckdb", order, fire);
            assertEquals(1, events.size(), events.toString());
            EventRow one = events.get(0);
            assertEquals(3, one.numArticles());
            assertEquals(3, one.numMentions());
            assertEquals(3, one.numSources());
            assertEquals("2024-04-04", one.firstReport());
            assertEquals("2024-04-04", one.lastReport());
        }
    }

    @Test
    void theJoinedEventKeepsWhatOnlyTheYoungerKnew() {
        // the first telling has no place (and the report's date); the second, four days later, is
        // placed in Tolland; the third, between them, is the same act as both
        EventLocation tolland = Synthetic.loc("Tolland", "USA", 41.9, -72.4);
        Event[] fire = {Synthetic.event("e1", "173", "USACOP", "USAREB", null, null),
            Synthetic.event("e1", "173", "USACOP", null, "2024-04-08", tolland),
            Synthetic.event("e1", "173", "---COP", null, "2024-04-06", tolland)};
        List<EventRow> events = fireInOrder("keeps.duckdb", new int[] {0, 1, 2}, fire);
        assertEquals(1, events.size(), events.toString());
        assertEquals("Tolland", events.get(0).place());
        assertEquals("2024-04-04", events.get(0).date());
        assertEquals("USAREB", events.get(0).targetCode());
    }

    @Test
    void twoSpecificActsStayTwoThoughAGeneralTellingFitsBoth() {
        // an arrest (173) and an expulsion (174): a report saying only "coerced" (170, the root's
        // general code) fits both, but two specific codes are two acts
        Event[] fire = {Synthetic.event("e1", "173", "USACOP", null, "2024-04-04", null),
            Synthetic.event("e1", "174", "USACOP", null, "2024-04-04", null),
            Synthetic.event("e1", "170", "USACOP", null, "2024-04-04", null)};
        List<EventRow> events = fireInOrder("specific.duckdb", new int[] {0, 1, 2}, fire);
        assertEquals(List.of(1, 2), events.stream().map(EventRow::numArticles).sorted().toList(), events.toString());
    }

    @Test
    void aStoreReopenedAfterARejoinNumbersNewEventsAsOneKeptOpen() throws Exception {
        Event[] fire = {Synthetic.event("e1", "173", "USACOP", null, "2024-04-04", null),
            Synthetic.event("e1", "173", "USACOP", null, "2024-04-08", null),
            Synthetic.event("e1", "173", "USACOP", null, "2024-04-06", null)};
        Event later = Synthetic.event("e1", "190", "USAMIL", null, "2024-04-05", null);
        List<Long> ids = new ArrayList<>();
        for (boolean reopen : new boolean[] {false, true}) {
            Path db = tmp.resolve("ids" + reopen + ".duckdb");
            EventStore store = EventStore.open(db);
            for (int k = 0; k < 3; k++) {
                store.add(report(0, k), null);
                store.add(report(2, k, fire[k]), null);
            }
            if (reopen) {
                store.close();
                store = EventStore.open(db);
            }
            store.add(report(1, 0, later), null);
            ids.add(store.events(EventQuery.all()).stream().mapToLong(EventRow::eventId).max().orElseThrow());
            assertEquals(2, store.events(EventQuery.all()).size());
            store.close();
        }
        assertEquals(ids.get(0), ids.get(1));
    }

    @Test
    void twoMergedEventsThatDisagreeStayTwo() {
        // the third report fits both, but the rebels' arrest and the residents' are two arrests
        Event[] fire = {Synthetic.event("e1", "173", "USACOP", "USAREB", "2024-04-04", null),
            Synthetic.event("e1", "173", "USACOP", "USACVL", "2024-04-08", null),
            Synthetic.event("e1", "173", "USACOP", null, "2024-04-06", null)};
        List<EventRow> events = fireInOrder("apart.duckdb", new int[] {0, 1, 2}, fire);
        assertEquals(List.of(1, 2), events.stream().map(EventRow::numArticles).sorted().toList(), events.toString());
    }

    @Test
    void anEventFittingTwoJoinsTheOneMostReportsTell() {
        try (EventStore store = EventStore.open(tmp.resolve("most.duckdb"))) {
            for (int k = 0; k < 3; k++) {
                store.add(report(0, k), null);
                store.add(report(1, k), null);
            }
            // the first report tells two arrests (police held rebels, soldiers held someone);
            // the second the soldiers' again; the third only "Americans arrested": it fits both
            store.add(report(2, 0, Synthetic.event("e1", "173", "USACOP", "USAREB", "2024-04-04", null),
                    Synthetic.event("e2", "173", "USAMIL", null, "2024-04-04", null)), null);
            store.add(report(2, 1, Synthetic.event("e1", "173", "USAMIL", null, "2024-04-04", null)), null);
            store.add(report(2, 2, Synthetic.event("e1", "173", "USA", null, "2024-04-04", null)), null);
            long fire = store.stories(StoryQuery.all()).stream()
                    .filter(s -> s.headline().contains("s2r0")).findFirst().orElseThrow().storyId();
            List<EventRow> events = store.storyEvents(fire);
            assertEquals(List.of(1, 3), events.stream().map(EventRow::numArticles).sorted().toList(), events.toString());
            EventRow soldiers = events.stream().filter(e -> e.numArticles() == 3).findFirst().orElseThrow();
            assertEquals("USAMIL", soldiers.sourceCode());
            assertEquals(3, soldiers.numMentions());
            assertEquals(3, soldiers.numSources());
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
