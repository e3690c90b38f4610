package org.eventwire.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.eventwire.model.Event;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryTest {
    @TempDir
    static Path tmp;
    static EventStore store;

    /** Five events in three countries over four days, one article each. */
    @BeforeAll
    static void fill() {
        store = EventStore.open(tmp.resolve("q.duckdb"));
        add("1", "2023-07-26", Synthetic.event("e", "173", "NERMIL", "NERGOV", "2023-07-26",
                Synthetic.loc("Niamey", "NER", 13.5116, 2.1254), false, "E1"));
        add("2", "2023-07-27", Synthetic.event("e", "0211", "USAGOV", "NERGOV", "2023-07-27",
                Synthetic.loc("Washington", "USA", 38.9072, -77.0369), false, "E2"));
        add("3", "2023-07-28", Synthetic.event("e", "163", "IGOWAFECO", "NERMIL", "2023-07-28",
                Synthetic.loc("Abuja", "NGA", 9.0765, 7.3986)));
        add("4", "2023-07-28", Synthetic.event("e", "190", "NERMIL", "NERREB", "2023-07-28",
                Synthetic.loc("Tillaberi", "NER", 14.2117, 1.4531)));
        add("5", "2023-07-30", Synthetic.event("e", "042", "NGAGOV", "NERMIL", "2023-07-30",
                Synthetic.loc(null, "NER", null, null)));
        store.add(Synthetic.article("q", "https://x.org/q", "Reuters", "2023-07-27", "quote story",
                List.of(Synthetic.entity("E1", "Antony Blinken", "USAGOV", 2)), List.of(),
                List.of(Synthetic.quote("Antony Blinken", "We stand with President Bazoum"),
                        Synthetic.quote("Ousmane Ali", "The army acted")), List.of()), null);
    }

    private static void add(String id, String date, Event e) {
        store.add(Synthetic.article(id, "https://x.org/" + id, "src" + id, date, "story number " + id,
                List.of(Synthetic.entity("E1", "Mohamed Bazoum", "NERGOV", 1),
                        Synthetic.entity("E2", "Antony Blinken", "USAGOV", 1)),
                List.of(), List.of(), List.of(e)), null);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<String> cameos(EventQuery q) {
        return store.events(q).stream().map(EventRow::cameo).toList();
    }

    @Test
    void byActorPrefixCountryRootCodeAndPlover() {
        assertEquals(List.of("173", "163", "190", "042"), cameos(EventQuery.builder().actor("NERMIL").build()));
        assertEquals(List.of("173", "0211", "163", "190", "042"), cameos(EventQuery.builder().actor("ner").build()));
        assertEquals(List.of("163"), cameos(EventQuery.builder().actor("IGO").build()));
        assertEquals(List.of("173", "190", "042"), cameos(EventQuery.builder().country("NER").build()));
        assertEquals(List.of("0211"), cameos(EventQuery.builder().root("02").build()));
        assertEquals(List.of("042"), cameos(EventQuery.builder().root("4").build()));
        assertEquals(List.of("0211"), cameos(EventQuery.builder().cameo("021").build()));
        assertEquals(List.of("173", "163", "190"), cameos(EventQuery.builder().plover("coerce").build()));
    }

    @Test
    void byDateRange() {
        assertEquals(List.of("0211", "163", "190"), cameos(EventQuery.builder()
                .from(LocalDate.of(2023, 7, 27)).to(LocalDate.of(2023, 7, 28)).build()));
        assertEquals(List.of("042"), cameos(EventQuery.builder().from(LocalDate.of(2023, 7, 29)).build()));
    }

    @Test
    void nearAPointWithinARadius() {
        // Tillaberi is about 115 km from Niamey; Abuja about 800
        List<EventRow> near = store.events(EventQuery.builder().near(13.5116, 2.1254, 150.0).build());
        assertEquals(List.of("173", "190"), near.stream().map(EventRow::cameo).toList());
        assertEquals(0.0, near.get(0).distanceKm());
        double km = near.get(1).distanceKm();
        assertEquals(Geo.haversineKm(13.5116, 2.1254, 14.2117, 1.4531), km, 0.01);
        assertTrue(km > 100 && km < 130, "distance " + km);
        assertEquals(1, store.events(EventQuery.builder().near(13.5116, 2.1254, 50.0).build()).size());
    }

    @Test
    void countsByDayAndByCountry() {
        assertEquals(List.of(new Count("2023-07-26", 1, 1), new Count("2023-07-27", 1, 1),
                new Count("2023-07-28", 2, 2), new Count("2023-07-30", 1, 1)),
                store.countsByDay(EventQuery.all()));
        assertEquals(List.of(new Count("NER", 3, 3), new Count("NGA", 1, 1), new Count("USA", 1, 1)),
                store.countsByCountry(EventQuery.all()));
        // NERMIL as source or target: Niamey and Tillaberi (NER), Abuja (NGA)
        assertEquals(List.of(new Count("NER", 2, 2), new Count("NGA", 1, 1)),
                store.countsByCountry(EventQuery.builder().actor("NERMIL").to(LocalDate.of(2023, 7, 29)).build()));
    }

    @Test
    void quotesBySpeaker() {
        List<QuoteRow> q = store.quotes("blinken", null);
        assertEquals(1, q.size());
        assertEquals("We stand with President Bazoum", q.get(0).text());
        assertEquals("Reuters", q.get(0).source());
        assertEquals(2, store.quotes(null, null).size());
        assertEquals(0, store.quotes("Macron", null).size());
    }

    @Test
    void timelineOfAnEntity() {
        // entity E1 (Bazoum) is the source entity of event 1; Blinken (E2) of event 2
        assertEquals(List.of("173"), store.timeline("Bazoum").stream().map(EventRow::cameo).toList());
        assertEquals(List.of("0211"), store.timeline("blinken").stream().map(EventRow::cameo).toList());
        // display names of the actors count too
        assertEquals(List.of("163"), store.timeline("IGOWAFECO name").stream().map(EventRow::cameo).toList());
    }

    @Test
    void renderTableAndJsonLines() {
        List<EventRow> rows = store.events(EventQuery.builder().root("02").build());
        String table = Render.table(rows);
        assertTrue(table.startsWith("eventId"));
        assertEquals(2, table.lines().count());
        String jsonl = Render.jsonLines(rows);
        assertEquals(1, jsonl.lines().count());
        assertTrue(jsonl.contains("\"cameo\":\"0211\""));
    }
}
