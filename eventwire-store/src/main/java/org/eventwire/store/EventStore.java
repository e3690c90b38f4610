package org.eventwire.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.eventwire.model.AnalyzedArticle;

/**
 * The event store: one DuckDB file holding articles, entities, mentions, places, quotes,
 * merged events and event mentions (schema in docs/STORE.md). Every method is synchronized on
 * one connection; writes are meant to come from one writer thread (see {@link StoreWriter}),
 * while analysis runs in parallel elsewhere. A DuckDB file is opened by one process at a time.
 */
public final class EventStore implements AutoCloseable {
    private final Connection c;
    private final int version;
    private final boolean readOnly;
    private final Ids ids;
    private final Statements statements;
    private final ArticleWriter writer;
    private final Queries queries;
    private final StoryQueries storyQueries;

    private EventStore(Connection c, int version, boolean readOnly) throws SQLException {
        this.c = c;
        this.version = version;
        this.readOnly = readOnly;
        this.ids = readOnly ? null : new Ids(c);
        this.statements = new Statements(c);
        this.writer = readOnly ? null : new ArticleWriter(c, statements, ids);
        this.queries = new Queries(c);
        this.storyQueries = new StoryQueries(c);
    }

    /** Opens (creating if needed) the store at path and migrates it to the current schema. */
    public static EventStore open(Path path) {
        try {
            Path abs = path.toAbsolutePath();
            if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + abs);
            try {
                int v = Migrations.migrate(c);
                EventStore store = new EventStore(c, v, false);
                store.writer.backfillStories(c);
                return store;
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot open store " + path + ": " + firstLine(e), e);
        }
    }

    /** Opens an existing store for queries and exports only; it must be at the current schema. */
    public static EventStore openReadOnly(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new StoreException("no store at " + path);
        }
        try {
            Properties p = new Properties();
            p.setProperty("duckdb.read_only", "true");
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + path.toAbsolutePath(), p);
            int v = Migrations.currentVersion(c);
            if (v != Migrations.latestVersion()) {
                c.close();
                throw new StoreException("store " + path + " is at schema version " + v + ", this build "
                        + "needs " + Migrations.latestVersion() + "; open it for writing once to migrate");
            }
            return new EventStore(c, v, true);
        } catch (SQLException e) {
            throw new StoreException("cannot open store " + path + ": " + firstLine(e), e);
        }
    }

    /** The schema version this build creates and reads. */
    public static int latestSchemaVersion() {
        return Migrations.latestVersion();
    }

    public int schemaVersion() {
        return version;
    }

    /**
     * Stores an article with all its rows in one transaction, unless it is already stored
     * (same content hash of the text, or same URL). sourceText is the text to hash and keep;
     * when null, the article's own text is used. Stored articles are never changed afterwards.
     * Malformed articles come back REJECTED with a one-line reason; a database failure throws
     * {@link StoreException} after rolling back.
     */
    public synchronized AddResult add(AnalyzedArticle article, String sourceText) {
        if (readOnly) {
            throw new StoreException("store is open read-only");
        }
        if (article == null) {
            return AddResult.rejected("null article");
        }
        try {
            c.setAutoCommit(false);
            try {
                AddResult r = writer.write(article, sourceText);
                c.commit();
                return r;
            } catch (SQLException | RuntimeException e) {
                rollback();
                if (e instanceof SQLException || e instanceof StoreException) {
                    throw new StoreException("cannot store article " + article.id() + ": " + firstLine(e), e);
                }
                return AddResult.rejected("article " + article.id() + " is malformed: " + firstLine(e));
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("store connection failed: " + firstLine(e), e);
        }
    }

    /** True when an article with this text or URL is stored: ingest skips it before analysis. */
    public synchronized boolean contains(String text, String url) {
        try {
            return writer.stored(text, url);
        } catch (SQLException e) {
            throw new StoreException("store lookup failed: " + firstLine(e), e);
        }
    }

    /** Seconds spent assigning stories (and refreshing their rows) since the store was opened. */
    public synchronized double storySeconds() {
        return writer == null ? 0 : writer.storyNanos() / 1e9;
    }

    public AddResult add(AnalyzedArticle article) {
        return add(article, null);
    }

    public synchronized StoreStats stats() {
        return read(() -> queries.stats(version));
    }

    /** Merged events matching the query, by date then id. */
    public synchronized List<EventRow> events(EventQuery q) {
        return read(() -> queries.events(q));
    }

    public synchronized List<Count> countsByDay(EventQuery q) {
        return read(() -> queries.countsByDay(q));
    }

    public synchronized List<Count> countsByCountry(EventQuery q) {
        return read(() -> queries.countsByCountry(q));
    }

    /** The timeline of a story: merged events an entity (by name) took part in, by date. */
    public synchronized List<EventRow> timeline(String entity) {
        return read(() -> queries.events(EventQuery.builder().entity(entity).build()));
    }

    /** The reports behind one merged event, oldest first. */
    public synchronized List<MentionRow> mentions(long eventId) {
        return read(() -> queries.mentions(eventId));
    }

    /** Stories matching the query, most reports first. */
    public synchronized List<StoryRow> stories(StoryQuery q) {
        return read(() -> storyQueries.stories(q));
    }

    /** One story, or null when there is none with this id. */
    public synchronized StoryRow story(long id) {
        return read(() -> storyQueries.story(id));
    }

    /** The reports of a story, oldest first. */
    public synchronized List<StoryReportRow> storyReports(long id) {
        return read(() -> storyQueries.reports(id));
    }

    /** The merged events of a story, by date. */
    public synchronized List<EventRow> storyEvents(long id) {
        return read(() -> queries.storyEvents(id));
    }

    /** Quotes by a speaker (case-insensitive substring of the name; null for all). */
    public synchronized List<QuoteRow> quotes(String speaker, Integer limit) {
        return read(() -> queries.quotes(speaker, limit));
    }

    /** Writes the tables to dir; returns each written file's row count. */
    public synchronized Map<String, Long> export(Path dir, ExportFormat format) {
        try {
            return new Exporter(c).export(dir, format);
        } catch (SQLException | IOException e) {
            throw new StoreException("export to " + dir + " failed: " + firstLine(e), e);
        }
    }

    @Override
    public synchronized void close() {
        try (c) {
            statements.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close store: " + firstLine(e), e);
        }
    }

    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private <T> T read(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new StoreException("query failed: " + firstLine(e), e);
        }
    }

    private void rollback() {
        try {
            c.rollback();
            statements.close(); // drops any half-filled batch along with the statements
            ids.reload();
            writer.reload();
        } catch (SQLException e) {
            throw new StoreException("rollback failed: " + firstLine(e), e);
        }
    }

    static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m).strip();
    }
}
