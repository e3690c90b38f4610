package org.eventwire.store;

import static org.eventwire.store.StoryStoreTest.partition;
import static org.eventwire.store.StoryStoreTest.report;
import static org.eventwire.store.StoryStoreTest.truth;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eventwire.model.Event;
import org.eventwire.model.EventLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events merged inside a story: the same act told by many reports is one event, in any order. */
class StoryEventsTest {
    @TempDir
    Path tmp;

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
}
