package org.eventwire.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingesting JVM with SIGKILL mid-batch, then checks that every committed article is
 * whole, nothing is half-written, and that re-running the batch gives the same store as a
 * clean run.
 */
class CrashSafetyTest {
    private static final int BATCH = 150;
    private static final int KILL_AFTER = 40;

    @TempDir
    Path tmp;

    @Test
    void killedIngestLeavesOnlyWholeArticlesAndResumes() throws Exception {
        Path crashed = tmp.resolve("crashed.duckdb");
        Process child = start(crashed);
        Set<Integer> committed = new HashSet<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    String[] f = line.split(" ");
                    if (f[2].equals("NEW") || f[2].equals("NEAR_DUPLICATE")) {
                        committed.add(Integer.parseInt(f[1]));
                    }
                    if (Integer.parseInt(f[1]) + 1 >= KILL_AFTER) {
                        child.destroyForcibly();
                        break;
                    }
                }
            }
        }
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertEquals(137, child.exitValue(), "child must die by SIGKILL, not finish");

        try (Connection c = connect(crashed)) {
            Set<Integer> stored = new HashSet<>();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT article_id, ext_id FROM articles")) {
                while (r.next()) {
                    stored.add(Integer.parseInt(r.getString("ext_id").substring(1)));
                }
            }
            assertTrue(stored.containsAll(committed), "every reported commit survives");
            assertTrue(stored.size() < BATCH, "the batch was cut short");
            for (int i : stored) {
                assertWhole(c, i);
            }
            for (String t : List.of("entities", "mentions", "places", "quotes", "event_mentions",
                    "minhash_bands")) {
                assertEquals(0, count(c, "SELECT count(*) FROM " + t
                        + " WHERE article_id NOT IN (SELECT article_id FROM articles)"), "orphans in " + t);
            }
            assertEquals(0, count(c, "SELECT count(*) FROM events WHERE event_id NOT IN "
                    + "(SELECT event_id FROM event_mentions)"), "merged events without a mention");
            assertEquals(0, count(c, "SELECT count(*) FROM articles WHERE story_id IS NULL OR story_id "
                    + "NOT IN (SELECT story_id FROM stories)"), "every stored report has its story");
            assertEquals(count(c, "SELECT count(*) FROM articles"),
                    count(c, "SELECT sum(num_reports) FROM stories"), "story counts match their reports");
            assertEquals(0, count(c, "SELECT count(*) FROM (SELECT term, sum(reports) AS df FROM story_terms "
                    + "GROUP BY term) WHERE df > (SELECT count(*) FROM articles)"),
                    "document frequencies count only committed reports");
        }

        Process rerun = start(crashed);
        rerun.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertTrue(rerun.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, rerun.exitValue(), "re-running the batch completes");

        Path clean = tmp.resolve("clean.duckdb");
        try (EventStore store = EventStore.open(clean)) {
            for (int i = 0; i < BATCH; i++) {
                store.add(BatchArticles.article(i), null);
            }
        }
        try (Connection a = connect(crashed); Connection b = connect(clean)) {
            for (String t : List.of("articles", "entities", "mentions", "places", "quotes",
                    "events", "event_mentions")) {
                assertEquals(count(b, "SELECT count(*) FROM " + t), count(a, "SELECT count(*) FROM " + t),
                        "row count of " + t);
            }
            String events = "SELECT * EXCLUDE (added_at) FROM events ORDER BY event_id";
            assertEquals(rows(b, events), rows(a, events), "merged events equal a clean run");
            String arts = "SELECT article_id, ext_id, content_hash, duplicate_of, story_id FROM articles ORDER BY 1";
            for (String q : List.of("SELECT * EXCLUDE (updated_at) FROM stories ORDER BY 1",
                    "SELECT * FROM story_terms ORDER BY 1, 2")) {
                assertEquals(rows(b, q), rows(a, q), "stories equal a clean run: " + q);
            }
            assertEquals(rows(b, arts), rows(a, arts), "articles equal a clean run");
            assertTrue(count(b, "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL") > 0);
            assertTrue(count(b, "SELECT count(*) FROM events") < count(b, "SELECT count(*) FROM event_mentions"));
        }
    }

    private Process start(Path db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                CrashIngestMain.class.getName(), db.toString(), "0", Integer.toString(BATCH));
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        return pb.start();
    }

    /** An article's rows are all there, as the generator made them. */
    private static void assertWhole(Connection c, int i) throws SQLException {
        String id = "(SELECT article_id FROM articles WHERE ext_id = 'a" + i + "')";
        int mentions = 0;
        for (int k = 0; k < BatchArticles.entities(i); k++) {
            mentions += BatchArticles.mentionsOf(i, k);
        }
        assertEquals(BatchArticles.entities(i), count(c, "SELECT count(*) FROM entities WHERE article_id = " + id));
        assertEquals(mentions, count(c, "SELECT count(*) FROM mentions WHERE article_id = " + id));
        assertEquals(1, count(c, "SELECT count(*) FROM places WHERE article_id = " + id));
        assertEquals(BatchArticles.quotes(i), count(c, "SELECT count(*) FROM quotes WHERE article_id = " + id));
        assertEquals(BatchArticles.events(i), count(c, "SELECT count(*) FROM event_mentions WHERE article_id = " + id));
        assertEquals(MinHash.BANDS, count(c, "SELECT count(*) FROM minhash_bands WHERE article_id = " + id));
        assertEquals(ArticleKeys.contentHash(BatchArticles.text(i)),
                str(c, "SELECT content_hash FROM articles WHERE article_id = " + id));
    }

    private static Connection connect(Path db) throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:" + db);
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String str(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    static List<List<String>> rows(Connection c, String sql) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            ResultSetMetaData md = r.getMetaData();
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    Object o = r.getObject(i);
                    row.add(o == null ? null : o instanceof byte[] b ? java.util.Arrays.toString(b) : o.toString());
                }
                out.add(row);
            }
        }
        return out;
    }
}
