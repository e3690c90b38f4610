package org.eventwire.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/** Null-safe JDBC parameter setters and getters. */
final class Sql {
    private Sql() {
    }

    static void str(PreparedStatement p, int i, String v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.VARCHAR);
        } else {
            p.setString(i, v);
        }
    }

    /** Dates go in as ISO text; the SQL casts them with CAST(? AS DATE). */
    static void date(PreparedStatement p, int i, LocalDate v) throws SQLException {
        str(p, i, v == null ? null : v.toString());
    }

    static void dbl(PreparedStatement p, int i, Double v) throws SQLException {
        if (v == null || v.isNaN()) {
            p.setNull(i, Types.DOUBLE);
        } else {
            p.setDouble(i, v);
        }
    }

    static void lng(PreparedStatement p, int i, Long v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.BIGINT);
        } else {
            p.setLong(i, v);
        }
    }

    static void integer(PreparedStatement p, int i, Integer v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.INTEGER);
        } else {
            p.setInt(i, v);
        }
    }

    static void bool(PreparedStatement p, int i, Boolean v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.BOOLEAN);
        } else {
            p.setBoolean(i, v);
        }
    }

    static Double dbl(ResultSet r, String col) throws SQLException {
        double v = r.getDouble(col);
        return r.wasNull() ? null : v;
    }

    static Integer integer(ResultSet r, String col) throws SQLException {
        int v = r.getInt(col);
        return r.wasNull() ? null : v;
    }

    static Long lng(ResultSet r, String col) throws SQLException {
        long v = r.getLong(col);
        return r.wasNull() ? null : v;
    }

    /** A DATE column as ISO text. */
    static String date(ResultSet r, String col) throws SQLException {
        Object o = r.getObject(col);
        return o == null ? null : o.toString();
    }

    static LocalDate localDate(ResultSet r, String col) throws SQLException {
        String s = date(r, col);
        return s == null ? null : LocalDate.parse(s);
    }

    /**
     * An INSERT naming its columns, so statement and schema cannot drift apart silently. A
     * column written "name::DATE" (or ::TIMESTAMP) takes its value as ISO text and casts it.
     */
    static String insert(String table, String columns) {
        StringBuilder names = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (String col : columns.split(",")) {
            String c = col.strip();
            int cast = c.indexOf("::");
            names.append(names.length() == 0 ? "" : ", ").append(cast < 0 ? c : c.substring(0, cast));
            values.append(values.length() == 0 ? "" : ", ")
                    .append(cast < 0 ? "?" : "CAST(? AS " + c.substring(cast + 2) + ")");
        }
        return "INSERT INTO " + table + " (" + names + ") VALUES (" + values + ")";
    }

    /** Placeholders "?, ?, ?" for an IN list. */
    static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
