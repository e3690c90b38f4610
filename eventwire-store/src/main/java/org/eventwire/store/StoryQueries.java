package org.eventwire.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Read-only SQL over the stories table and the reports of a story. */
final class StoryQueries {
    private final Connection c;

    StoryQueries(Connection c) {
        this.c = c;
    }

    /** Stories matching the query, most reports first, then by id. */
    List<StoryRow> stories(StoryQuery q) throws SQLException {
        String sql = "SELECT " + StorySummary.columns("s") + " FROM stories s WHERE (CAST($1 AS DATE) IS NULL OR coalesce(s.last_report, "
                + "s.last_date) >= CAST($1 AS DATE)) AND (CAST($2 AS DATE) IS NULL OR coalesce(s.first_report, "
                + "s.first_date) <= CAST($2 AS DATE)) AND ($3 IS NULL OR EXISTS (SELECT 1 FROM places pl "
                + "JOIN articles a ON a.article_id = pl.article_id WHERE a.story_id = s.story_id AND "
                + "upper(pl.country) = $3)) AND s.num_reports >= coalesce(CAST($4 AS INTEGER), 1) "
                + "ORDER BY s.num_reports DESC, s.story_id"
                + (q.limit() == null ? "" : " LIMIT " + Math.max(0, q.limit()));
        try (PreparedStatement p = c.prepareStatement(sql)) {
            Sql.date(p, 1, q.from());
            Sql.date(p, 2, q.to());
            Sql.str(p, 3, q.country() == null ? null : q.country().strip().toUpperCase(Locale.ROOT));
            Sql.integer(p, 4, q.minReports());
            return rows(p);
        }
    }

    /** One story, or null. */
    StoryRow story(long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + StorySummary.columns("s")
                + " FROM stories s WHERE s.story_id = ?")) {
            p.setLong(1, id);
            List<StoryRow> r = rows(p);
            return r.isEmpty() ? null : r.get(0);
        }
    }

    /** The reports of a story, oldest first. */
    List<StoryReportRow> reports(long id) throws SQLException {
        List<StoryReportRow> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT story_id, article_id, ext_id, report_date, "
                + "source, url, title, duplicate_of FROM articles WHERE story_id = ? "
                + "ORDER BY coalesce(report_date, story_date) NULLS LAST, article_id")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new StoryReportRow(r.getLong("story_id"), r.getLong("article_id"),
                            r.getString("ext_id"), Sql.date(r, "report_date"), r.getString("source"),
                            r.getString("url"), r.getString("title"), Sql.lng(r, "duplicate_of")));
                }
            }
        }
        return out;
    }

    private static List<StoryRow> rows(PreparedStatement p) throws SQLException {
        List<StoryRow> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(new StoryRow(r.getLong("story_id"), r.getString("headline"),
                        Sql.date(r, "first_report") != null ? Sql.date(r, "first_report")
                                : Sql.date(r, "first_date"),
                        Sql.date(r, "last_report") != null ? Sql.date(r, "last_report")
                                : Sql.date(r, "last_date"),
                        r.getInt("num_reports"), r.getInt("num_sources"), r.getString("countries"),
                        r.getString("main_events")));
            }
        }
        return out;
    }
}
