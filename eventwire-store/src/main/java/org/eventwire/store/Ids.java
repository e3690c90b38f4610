package org.eventwire.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Next article and event ids for the single writer. Read from the tables at open and again
 * after a rollback, so ids stay dense and a crash never leaves a gap behind.
 */
final class Ids {
    private final Connection c;
    private long nextArticle;
    private long nextEvent;

    Ids(Connection c) throws SQLException {
        this.c = c;
        reload();
    }

    void reload() throws SQLException {
        nextArticle = max("SELECT coalesce(max(article_id), 0) FROM articles") + 1;
        nextEvent = max("SELECT coalesce(max(event_id), 0) FROM events") + 1;
    }

    long nextArticle() {
        return nextArticle++;
    }

    long nextEvent() {
        return nextEvent++;
    }

    private long max(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
