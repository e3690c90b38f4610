package org.eventwire.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Prepared statements kept for the life of the connection: the writer runs the same dozen
 * statements for every article, and preparing one costs about as much as running it.
 */
final class Statements implements AutoCloseable {
    private final Connection c;
    private final Map<String, PreparedStatement> cache = new HashMap<>();

    Statements(Connection c) {
        this.c = c;
    }

    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement p = cache.get(sql);
        if (p == null) {
            p = c.prepareStatement(sql);
            cache.put(sql, p);
        }
        return p;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement p : cache.values()) {
            p.close();
        }
        cache.clear();
    }
}
