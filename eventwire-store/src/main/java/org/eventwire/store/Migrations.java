package org.eventwire.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a database to the current schema. Migrations are the classpath resources
 * {@code migrations/V001.sql}, {@code V002.sql}, ... applied in order, each in its own
 * transaction together with its row in {@code schema_version}, so a crash leaves the database
 * at the last fully applied version.
 */
final class Migrations {
    private static final String DIR = "migrations/";

    private Migrations() {
    }

    /** The highest migration shipped with this build. */
    static int latestVersion() {
        int v = 0;
        while (resource(v + 1) != null) {
            v++;
        }
        return v;
    }

    /** The version recorded in the database, 0 when it has no schema_version table yet. */
    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM information_schema.tables "
                     + "WHERE table_name = 'schema_version'")) {
            r.next();
            if (r.getLong(1) == 0) {
                return 0;
            }
        }
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            r.next();
            return r.getInt(1);
        }
    }

    /** Applies every missing migration; returns the resulting version. */
    static int migrate(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                        + "description VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
            }
            c.commit();
            int have = currentVersion(c);
            int latest = latestVersion();
            if (have > latest) {
                throw new StoreException("database schema version " + have
                        + " is newer than this build supports (" + latest + ")");
            }
            for (int v = have + 1; v <= latest; v++) {
                apply(c, v);
            }
            return latest;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static void apply(Connection c, int version) throws SQLException {
        String sql = read(version);
        try (Statement s = c.createStatement()) {
            for (String stmt : split(sql)) {
                s.execute(stmt);
            }
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO schema_version VALUES (?, ?, CAST(? AS TIMESTAMP))")) {
            p.setInt(1, version);
            p.setString(2, description(sql, version));
            p.setString(3, Clock.nowUtc());
            p.executeUpdate();
        }
        c.commit();
    }

    /** Splits on semicolons that end a line; the migration files keep to that layout. */
    static List<String> split(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : sql.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--") || t.isEmpty()) {
                continue;
            }
            cur.append(line).append('\n');
            if (t.endsWith(";")) {
                out.add(cur.toString().strip().replaceAll(";$", ""));
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().strip());
        }
        return out;
    }

    private static String description(String sql, int version) {
        String first = sql.lines().findFirst().orElse("").strip();
        return first.startsWith("--") ? first.substring(2).strip() : "V" + version;
    }

    private static InputStream resource(int version) {
        return Migrations.class.getResourceAsStream(DIR + String.format("V%03d.sql", version));
    }

    private static String read(int version) {
        try (InputStream in = resource(version)) {
            if (in == null) {
                throw new StoreException("missing migration V" + version);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read migration V" + version + ": " + e.getMessage(), e);
        }
    }
}
