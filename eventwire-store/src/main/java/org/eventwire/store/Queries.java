package org.eventwire.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Read-only SQL over a store: merged events, their counts, mentions, quotes, stats. */
final class Queries {
    private final Connection c;

    Queries(Connection c) {
        this.c = c;
    }

    /** A WHERE clause with its parameters. */
    private record Where(String sql, List<Object> params) {
    }

    List<EventRow> events(EventQuery q) throws SQLException {
        Where w = where(q);
        String dist = distance(q);
        String sql = "SELECT e.*, " + dist + " AS distance_km FROM events e WHERE " + w.sql()
                + " ORDER BY e.event_date NULLS LAST, e.event_id"
                + (q.limit() == null ? "" : " LIMIT " + Math.max(0, q.limit()));
        List<EventRow> out = new ArrayList<>();
        try (PreparedStatement p = prepare(sql, w.params()); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(eventRow(r));
            }
        }
        return out;
    }

    /** The merged events of a story, by date then id. */
    List<EventRow> storyEvents(long storyId) throws SQLException {
        List<EventRow> out = new ArrayList<>();
        try (PreparedStatement p = prepare("SELECT e.*, NULL AS distance_km FROM events e WHERE "
                + "e.story_id = ? ORDER BY e.event_date NULLS LAST, e.event_id", List.of(storyId));
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(eventRow(r));
            }
        }
        return out;
    }

    private static EventRow eventRow(ResultSet r) throws SQLException {
        return new EventRow(r.getLong("event_id"), Sql.date(r, "event_date"),
                r.getString("cameo"), r.getString("cameo_name"), r.getString("cameo_root"),
                r.getString("plover"), Sql.integer(r, "quad_class"), Sql.dbl(r, "goldstein"),
                r.getString("source_code"), r.getString("source_name"),
                r.getString("target_code"), r.getString("target_name"),
                r.getString("place_name"), r.getString("country"), Sql.dbl(r, "lat"),
                Sql.dbl(r, "lon"), r.getBoolean("negated"), r.getBoolean("hypothetical"),
                r.getInt("num_mentions"), r.getInt("num_sources"), r.getInt("num_articles"),
                Sql.date(r, "first_report"), Sql.date(r, "last_report"),
                r.getString("source_url"), round(Sql.dbl(r, "distance_km")));
    }

    /** Matching merged events per day (ISO date; "" for undated), in date order. */
    List<Count> countsByDay(EventQuery q) throws SQLException {
        return counts(q, "coalesce(CAST(e.event_date AS VARCHAR), '')", "key");
    }

    /** Matching merged events per country ("" for unknown), most events first. */
    List<Count> countsByCountry(EventQuery q) throws SQLException {
        return counts(q, "coalesce(e.country, '')", "events DESC, key");
    }

    private List<Count> counts(EventQuery q, String key, String order) throws SQLException {
        Where w = where(q);
        String sql = "SELECT " + key + " AS key, count(*) AS events, sum(e.num_mentions) AS mentions "
                + "FROM events e WHERE " + w.sql() + " GROUP BY 1 ORDER BY " + order;
        List<Count> out = new ArrayList<>();
        try (PreparedStatement p = prepare(sql, w.params()); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(new Count(r.getString("key"), r.getLong("events"), r.getLong("mentions")));
            }
        }
        return out;
    }

    /** Every report of one merged event, oldest report first. */
    List<MentionRow> mentions(long eventId) throws SQLException {
        String sql = "SELECT em.*, ar.report_date, ar.source, ar.url, ar.title, ar.duplicate_of "
                + "FROM event_mentions em JOIN articles ar ON ar.article_id = em.article_id "
                + "WHERE em.event_id = ? ORDER BY ar.report_date NULLS LAST, em.article_id, em.mention_idx";
        List<MentionRow> out = new ArrayList<>();
        try (PreparedStatement p = prepare(sql, List.of(eventId)); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(new MentionRow(r.getLong("event_id"), r.getLong("article_id"),
                        r.getInt("mention_idx"), Sql.date(r, "report_date"), Sql.date(r, "event_date"),
                        r.getString("source"), r.getString("url"), r.getString("title"),
                        r.getString("cameo"), r.getString("source_code"), r.getString("target_code"),
                        r.getString("place_name"), r.getString("evidence_text"),
                        Sql.lng(r, "duplicate_of")));
            }
        }
        return out;
    }

    /** Quotes whose speaker's name (or the words naming them) contains the given text. */
    List<QuoteRow> quotes(String speaker, Integer limit) throws SQLException {
        String sql = "SELECT q.*, ar.report_date, ar.source, ar.url FROM quotes q "
                + "JOIN articles ar ON ar.article_id = q.article_id "
                + "WHERE (? IS NULL OR contains(lower(q.speaker_name), lower(?)) "
                + "OR contains(lower(q.speaker_text), lower(?))) "
                + "ORDER BY ar.report_date NULLS LAST, q.article_id, q.quote_idx"
                + (limit == null ? "" : " LIMIT " + Math.max(0, limit));
        List<QuoteRow> out = new ArrayList<>();
        try (PreparedStatement p = prepare(sql, java.util.Arrays.asList(speaker, speaker, speaker));
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(new QuoteRow(r.getLong("article_id"), Sql.date(r, "report_date"),
                        r.getString("source"), r.getString("url"), r.getString("speaker_name"),
                        r.getString("text"), r.getString("cue"), r.getString("channel"),
                        r.getBoolean("indirect")));
            }
        }
        return out;
    }

    StoreStats stats(int version) throws SQLException {
        String sql = "SELECT (SELECT count(*) FROM articles), "
                + "(SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL), "
                + "(SELECT count(DISTINCT source_key) FROM articles), "
                + "(SELECT count(*) FROM entities), (SELECT count(*) FROM mentions), "
                + "(SELECT count(*) FROM places), (SELECT count(*) FROM quotes), "
                + "(SELECT count(*) FROM events), (SELECT count(*) FROM event_mentions), "
                + "(SELECT CAST(min(event_date) AS VARCHAR) FROM events), "
                + "(SELECT CAST(max(event_date) AS VARCHAR) FROM events)";
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet r = p.executeQuery()) {
            r.next();
            return new StoreStats(version, r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4),
                    r.getLong(5), r.getLong(6), r.getLong(7), r.getLong(8), r.getLong(9),
                    r.getString(10), r.getString(11));
        }
    }

    private static Where where(EventQuery q) {
        StringBuilder sql = new StringBuilder("TRUE");
        List<Object> params = new ArrayList<>();
        if (present(q.actor())) {
            String a = q.actor().strip().toUpperCase(Locale.ROOT);
            sql.append(" AND (starts_with(upper(e.source_code), ?) OR starts_with(upper(e.target_code), ?))");
            params.add(a);
            params.add(a);
        }
        if (present(q.country())) {
            sql.append(" AND upper(e.country) = ?");
            params.add(q.country().strip().toUpperCase(Locale.ROOT));
        }
        if (present(q.root())) {
            String root = q.root().strip();
            sql.append(" AND e.cameo_root = ?");
            params.add(root.length() == 1 ? "0" + root : root);
        }
        if (present(q.cameo())) {
            sql.append(" AND starts_with(e.cameo, ?)");
            params.add(q.cameo().strip());
        }
        if (present(q.plover())) {
            sql.append(" AND upper(e.plover) = ?");
            params.add(q.plover().strip().toUpperCase(Locale.ROOT));
        }
        if (q.from() != null) {
            sql.append(" AND e.event_date >= CAST(? AS DATE)");
            params.add(q.from().toString());
        }
        if (q.to() != null) {
            sql.append(" AND e.event_date <= CAST(? AS DATE)");
            params.add(q.to().toString());
        }
        if (q.lat() != null && q.lon() != null) {
            sql.append(" AND e.lat IS NOT NULL AND e.lon IS NOT NULL AND ").append(distance(q))
                    .append(" <= ?");
            params.add(q.radiusKm());
        }
        if (present(q.entity())) {
            // the entities behind either participant, or the participants' display names
            sql.append(" AND e.event_id IN (SELECT em.event_id FROM event_mentions em "
                    + "LEFT JOIN entities en ON en.article_id = em.article_id "
                    + "AND en.entity_id IN (em.source_entity_id, em.target_entity_id) "
                    + "WHERE contains(lower(en.name), lower(?)) OR contains(lower(em.source_name), lower(?)) "
                    + "OR contains(lower(em.target_name), lower(?)))");
            params.add(q.entity().strip());
            params.add(q.entity().strip());
            params.add(q.entity().strip());
        }
        return new Where(sql.toString(), params);
    }

    /** The distance column; the point is inlined as numbers, never as text. */
    private static String distance(EventQuery q) {
        if (q.lat() == null || q.lon() == null) {
            return "CAST(NULL AS DOUBLE)";
        }
        return Geo.haversineSql("e.lat", "e.lon", Double.toString(q.lat()), Double.toString(q.lon()));
    }

    private PreparedStatement prepare(String sql, List<Object> params) throws SQLException {
        PreparedStatement p = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            Object v = params.get(i);
            if (v == null) {
                p.setNull(i + 1, java.sql.Types.VARCHAR);
            } else if (v instanceof Double d) {
                p.setDouble(i + 1, d);
            } else if (v instanceof Long l) {
                p.setLong(i + 1, l);
            } else {
                p.setString(i + 1, v.toString());
            }
        }
        return p;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static Double round(Double km) {
        return km == null ? null : Math.round(km * 1000.0) / 1000.0;
    }
}
