package org.eventwire.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the store's tables out with DuckDB's COPY: one file per table, rows in key order, so
 * the same store always exports the same rows. The MinHash signature and LSH buckets are
 * internal and not exported.
 */
final class Exporter {
    /** Exported tables and their order keys. */
    static final Map<String, String> TABLES = tables();

    private final Connection c;

    Exporter(Connection c) {
        this.c = c;
    }

    private static Map<String, String> tables() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("articles", "article_id");
        t.put("entities", "article_id, entity_idx");
        t.put("mentions", "article_id, entity_idx, mention_idx");
        t.put("places", "article_id, place_idx");
        t.put("quotes", "article_id, quote_idx");
        t.put("events", "event_id");
        t.put("event_mentions", "article_id, mention_idx");
        t.put("stories", "story_id");
        return t;
    }

    /** Exports to dir (created if needed); returns file name to row count. */
    Map<String, Long> export(Path dir, ExportFormat format) throws SQLException, IOException {
        Files.createDirectories(dir);
        if (format == ExportFormat.GDELT) {
            Path file = dir.resolve(GdeltExport.FILE_NAME);
            return Map.of(file.getFileName().toString(), new GdeltExport(c).write(file));
        }
        Map<String, Long> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> t : TABLES.entrySet()) {
            String ext = format == ExportFormat.PARQUET ? ".parquet" : ".jsonl";
            Path file = dir.resolve(t.getKey() + ext);
            String select = "SELECT " + columns(t.getKey(), format) + " FROM " + t.getKey()
                    + " ORDER BY " + t.getValue();
            String options = format == ExportFormat.PARQUET ? "(FORMAT parquet)" : "(FORMAT json)";
            try (Statement s = c.createStatement()) {
                s.execute("COPY (" + select + ") TO " + literal(file) + " " + options);
            }
            out.put(file.getFileName().toString(), count(t.getKey()));
        }
        return out;
    }

    /** Every column but internal ones; in JSON Lines the stored JSON nests as JSON. */
    private static String columns(String table, ExportFormat format) {
        List<String> json = switch (table) {
            case "articles" -> List.of("analysis");
            case "event_mentions" -> List.of("sourcing");
            default -> List.of();
        };
        String cols = switch (table) {
            case "articles" -> "* EXCLUDE (minhash)";
            case "stories" -> StorySummary.columns("stories");
            default -> "*";
        };
        if (format == ExportFormat.JSONL && !json.isEmpty()) {
            StringBuilder rep = new StringBuilder(" REPLACE (");
            for (int i = 0; i < json.size(); i++) {
                rep.append(i > 0 ? ", " : "").append("CAST(").append(json.get(i)).append(" AS JSON) AS ")
                        .append(json.get(i));
            }
            cols += rep.append(")");
        }
        return cols;
    }

    private long count(String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** A file path as an SQL string literal. */
    static String literal(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
