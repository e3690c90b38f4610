package org.eventwire.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeTest {
    @TempDir
    Path tmp;

    private static final String REUTERS = "NIAMEY, July 27 (Reuters) - Soldiers in Niger detained "
            + "President Mohamed Bazoum in the presidential palace in Niamey on Wednesday, the "
            + "presidency said, calling it a coup attempt.";
    private static final String AFP = "Mutinous members of Niger's presidential guard held the head "
            + "of state inside his residence, sources close to the presidency told AFP on Thursday, "
            + "as the army weighed its response.";

    private static Event detention(String id, String date, String city, String country, Double lat, Double lon) {
        return Synthetic.event(id, "173", "NERMIL", "NERGOV", date, Synthetic.loc(city, country, lat, lon));
    }

    @Test
    void twoReportsOfTheSameEventMergeIntoOne() {
        try (EventStore store = EventStore.open(tmp.resolve("m.duckdb"))) {
            store.add(Synthetic.simple("r", "https://reuters.com/1", "Reuters", "2023-07-27", REUTERS,
                    detention("e1", "2023-07-26", "Niamey", "NER", 13.51, 2.11)), null);
            // the second report dates it a day later and names no city, only the country
            AddResult afp = store.add(Synthetic.simple("a", "https://afp.com/1", "AFP", "2023-07-28", AFP,
                    detention("e1", "2023-07-27", null, "NER", null, null)), null);
            assertEquals(0, afp.newEvents());

            List<EventRow> events = store.events(EventQuery.all());
            assertEquals(1, events.size());
            EventRow e = events.get(0);
            assertEquals(2, e.numArticles());
            assertEquals(2, e.numSources());
            assertEquals(2, e.numMentions());
            assertEquals("2023-07-26", e.date());
            assertEquals("Niamey", e.place());
            assertEquals("2023-07-27", e.firstReport());
            assertEquals("2023-07-28", e.lastReport());
            assertEquals(2, store.mentions(e.eventId()).size());
            assertEquals("Reuters", store.mentions(e.eventId()).get(0).source());
        }
    }

    @Test
    void distinctEventsDoNotMerge() {
        try (EventStore store = EventStore.open(tmp.resolve("m.duckdb"))) {
            store.add(Synthetic.simple("r", "https://reuters.com/1", "Reuters", "2023-07-27", REUTERS,
                    detention("e1", "2023-07-26", "Niamey", "NER", 13.51, 2.11),
                    // the same day, same actors, another city: another detention
                    detention("e2", "2023-07-26", "Zinder", "NER", 13.80, 8.99)), null);
            store.add(Synthetic.simple("a", "https://afp.com/1", "AFP", "2023-07-29", AFP,
                    // three days later: another event
                    detention("e1", "2023-07-29", "Niamey", "NER", 13.51, 2.11),
                    // another target
                    Synthetic.event("e2", "173", "NERMIL", "NERJUD", "2023-07-26",
                            Synthetic.loc("Niamey", "NER", 13.51, 2.11)),
                    // another CAMEO family (174 is not 173)
                    Synthetic.event("e3", "174", "NERMIL", "NERGOV", "2023-07-26",
                            Synthetic.loc("Niamey", "NER", 13.51, 2.11)),
                    // a denial is not the deed
                    Synthetic.event("e4", "173", "NERMIL", "NERGOV", "2023-07-26",
                            Synthetic.loc("Niamey", "NER", 13.51, 2.11), true, null)), null);
            List<EventRow> events = store.events(EventQuery.all());
            assertEquals(6, events.size());
            events.forEach(e -> assertEquals(1, e.numArticles()));
        }
    }

    @Test
    void unknownPlaceIsFilledByALaterReportAndRepeatsCountAsMentions() {
        try (EventStore store = EventStore.open(tmp.resolve("m.duckdb"))) {
            store.add(Synthetic.simple("a", "https://afp.com/1", "AFP", "2023-07-27", AFP,
                    detention("e1", "2023-07-27", null, "NER", null, null)), null);
            store.add(Synthetic.simple("r", "https://reuters.com/1", "Reuters", "2023-07-27", REUTERS,
                    detention("e1", "2023-07-26", "Niamey", "NER", 13.51, 2.11),
                    detention("e2", "2023-07-26", "Niamey", "NER", 13.51, 2.11)), null);
            // a third report in another city no longer fits the now-placed event
            store.add(Synthetic.simple("b", "https://bbc.com/1", "BBC", "2023-07-27", "Zinder story.",
                    detention("e1", "2023-07-26", "Zinder", "NER", 13.80, 8.99)), null);
            List<EventRow> events = store.events(EventQuery.all());
            assertEquals(2, events.size());
            EventRow merged = events.stream().filter(e -> e.numArticles() == 2).findFirst().orElseThrow();
            assertEquals("Niamey", merged.place());
            assertEquals(13.51, merged.lat());
            assertEquals(3, merged.numMentions());
            assertEquals(2, merged.numSources());
            assertEquals("2023-07-27", merged.date(), "the merged event keeps its first date");
        }
    }
}
