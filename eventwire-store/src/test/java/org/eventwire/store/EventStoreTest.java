package org.eventwire.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.ArticleInput;
import org.eventwire.model.Entity;
import org.eventwire.model.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreTest {
    @TempDir
    Path tmp;

    private static AnalyzedArticle wire(String id, String url, String source, String text) {
        return Synthetic.article(id, url, source, "2023-07-27", text,
                List.of(Synthetic.entity("E1", "Mohamed Bazoum", "NERGOV", 3)),
                List.of(Synthetic.place("Niamey", "NER", 13.51, 2.11)),
                List.of(Synthetic.quote("Antony Blinken", "unwavering support")),
                List.of(Synthetic.event("ev1", "173", "NERMIL", "NERGOV", "2023-07-26",
                        Synthetic.loc("Niamey", "NER", 13.51, 2.11))));
    }

    @Test
    void sameArticleTwiceIsStoredOnce() {
        try (EventStore store = EventStore.open(tmp.resolve("s.duckdb"))) {
            AddResult first = store.add(wire("a", "https://x.org/a", "Reuters", MinHashTest.WIRE), null);
            assertEquals(AddResult.Status.NEW, first.status());
            assertEquals(1, first.eventMentions());
            assertEquals(1, first.newEvents());

            AddResult again = store.add(wire("a", "https://x.org/a", "Reuters", MinHashTest.WIRE), null);
            assertEquals(AddResult.Status.DUPLICATE, again.status());
            assertEquals(first.articleId(), again.articleId());
            assertFalse(again.stored());

            // same text, other URL and extra whitespace: caught by the content hash
            AddResult copy = store.add(wire("b", "https://y.org/b", "AFP",
                    MinHashTest.WIRE.replace(" ", "  ")), null);
            assertEquals(AddResult.Status.DUPLICATE, copy.status());
            assertTrue(copy.message().contains("same content"));

            // same URL (up to www., scheme, trailing slash and fragment), new text: caught by URL
            AddResult sameUrl = store.add(wire("c", "http://www.X.org/a/#top", "Reuters",
                    "An updated version of the story."), null);
            assertEquals(AddResult.Status.DUPLICATE, sameUrl.status());
            assertTrue(sameUrl.message().contains("same URL"));

            StoreStats s = store.stats();
            assertEquals(1, s.articles());
            assertEquals(1, s.events());
            assertEquals(1, s.quotes());
            assertEquals(1, s.entities());
            assertEquals(3, s.mentions());
            assertEquals(1, s.places());
            assertEquals(1, s.eventMentions());
            assertEquals(Migrations.latestVersion(), s.schemaVersion());
        }
    }

    @Test
    void republishedCopyIsLinkedAsNearDuplicate() {
        try (EventStore store = EventStore.open(tmp.resolve("s.duckdb"))) {
            AddResult orig = store.add(wire("a", "https://x.org/a", "Reuters", MinHashTest.WIRE), null);
            AddResult other = store.add(wire("o", "https://z.org/o", "AFP", MinHashTest.OTHER_STORY), null);
            AddResult copy = store.add(wire("b", "https://y.org/b", "Yahoo", MinHashTest.REPUBLISHED), null);
            AddResult copyOfCopy = store.add(wire("c", "https://w.org/c", "MSN",
                    MinHashTest.REPUBLISHED + " Copyright 2023."), null);
            assertEquals(AddResult.Status.NEW, other.status());
            assertNull(other.duplicateOf());
            assertEquals(AddResult.Status.NEAR_DUPLICATE, copy.status());
            assertEquals(orig.articleId(), copy.duplicateOf());
            assertTrue(copy.similarity() >= MinHash.DUPLICATE_THRESHOLD);
            assertEquals(orig.articleId(), copyOfCopy.duplicateOf(), "chains point to the original");
            assertEquals(2, store.stats().nearDuplicates());
            assertEquals(4, store.stats().articles());
        }
    }

    @Test
    void storedArticlesAreNotChangedByLaterWrites() throws Exception {
        Path db = tmp.resolve("s.duckdb");
        String sql = "SELECT * FROM articles WHERE ext_id = 'a'";
        List<List<String>> before;
        try (EventStore store = EventStore.open(db)) {
            store.add(wire("a", "https://x.org/a", "Reuters", MinHashTest.WIRE), null);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
            before = CrashSafetyTest.rows(c, sql);
        }
        try (EventStore store = EventStore.open(db)) {
            store.add(wire("a", "https://x.org/a", "Reuters", MinHashTest.WIRE + " Updated."), null);
            store.add(wire("b", "https://y.org/b", "Yahoo", MinHashTest.REPUBLISHED), null);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
            assertEquals(before, CrashSafetyTest.rows(c, sql));
        }
    }

    @Test
    void badItemsAreRejectedAndTheBatchGoesOn() {
        try (EventStore store = EventStore.open(tmp.resolve("s.duckdb"))) {
            AddResult failed = store.add(AnalyzedArticle.failed(
                    ArticleInput.ofText("f", "text", "2023-07-27"), "parser crashed"), null);
            assertEquals(AddResult.Status.REJECTED, failed.status());
            assertTrue(failed.message().contains("parser crashed"));

            AddResult anonymous = store.add(Synthetic.simple("n", null, "X", "2023-07-27", null), null);
            assertEquals(AddResult.Status.REJECTED, anonymous.status());

            // a null mention inside an entity: rolled back as a whole, one-line reason
            Entity broken = new Entity("E1", "X", "PERSON", null, null, null,
                    java.util.Arrays.asList((Mention) null));
            AddResult malformed = store.add(Synthetic.article("m", "https://x.org/m", "X", "2023-07-27",
                    "some text here", List.of(broken), List.of(), List.of(), List.of()), null);
            assertEquals(AddResult.Status.REJECTED, malformed.status());
            assertFalse(malformed.message().contains("\n"));

            assertEquals(AddResult.Status.NEW,
                    store.add(wire("a", "https://x.org/a", "Reuters", MinHashTest.WIRE), null).status());
            StoreStats s = store.stats();
            assertEquals(1, s.articles());
            assertEquals(1, s.entities(), "nothing of the malformed article stayed");
        }
    }

    @Test
    void reopeningKeepsDataAndSchemaVersion() throws Exception {
        Path db = tmp.resolve("s.duckdb");
        try (EventStore store = EventStore.open(db)) {
            store.add(wire("a", "https://x.org/a", "Reuters", MinHashTest.WIRE), null);
        }
        try (EventStore store = EventStore.open(db)) {
            assertEquals(1, store.stats().articles());
            assertEquals(AddResult.Status.NEW,
                    store.add(wire("b", "https://x.org/b", "AFP", MinHashTest.OTHER_STORY), null).status());
        }
        try (EventStore ro = EventStore.openReadOnly(db)) {
            assertEquals(2, ro.stats().articles());
            assertThrows(StoreException.class, () -> ro.add(wire("c", "https://x.org/c", "AFP", "t"), null));
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
            assertEquals(Migrations.latestVersion(), CrashSafetyTest.count(c, "SELECT count(*) FROM schema_version"));
            assertEquals(Migrations.latestVersion(), Migrations.currentVersion(c));
        }
        assertThrows(StoreException.class, () -> EventStore.openReadOnly(tmp.resolve("missing.duckdb")));
    }

    @Test
    void migrationSplitterKeepsStatementsWhole() {
        List<String> parts = Migrations.split("-- title\nCREATE TABLE a (x INTEGER,\n  y VARCHAR);\n\n"
                + "CREATE INDEX i ON a (x);\n");
        assertEquals(List.of("CREATE TABLE a (x INTEGER,\n  y VARCHAR)", "CREATE INDEX i ON a (x)"), parts);
    }
}
