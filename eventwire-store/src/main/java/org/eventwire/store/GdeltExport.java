package org.eventwire.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The merged events as a GDELT 2.0 event table: tab-separated, no header, the 61 documented
 * columns in order ({@link #COLUMNS}). Known fields are filled; the rest stay empty. Geo
 * country and ADM codes are FIPS in GDELT, which the store does not have, so they stay empty;
 * actor country codes are CAMEO/ISO alpha-3 as in GDELT.
 */
final class GdeltExport {
    static final String FILE_NAME = "events.gdelt.tsv";
    static final List<String> COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
            "FractionDate", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
            "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code",
            "Actor1Type2Code", "Actor1Type3Code", "Actor2Code", "Actor2Name", "Actor2CountryCode",
            "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code",
            "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code", "IsRootEvent", "EventCode",
            "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
            "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type", "Actor1Geo_FullName",
            "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat",
            "Actor1Geo_Long", "Actor1Geo_FeatureID", "Actor2Geo_Type", "Actor2Geo_FullName",
            "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat",
            "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName",
            "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat",
            "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final Connection c;

    GdeltExport(Connection c) {
        this.c = c;
    }

    /** Writes every merged event in id order; returns the number of rows. */
    long write(Path file) throws SQLException, IOException {
        long n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT * FROM events ORDER BY event_id")) {
            while (r.next()) {
                w.write(String.join("\t", row(r)));
                w.write('\n');
                n++;
            }
        }
        return n;
    }

    static List<String> row(ResultSet r) throws SQLException {
        List<String> f = new ArrayList<>(COLUMNS.size());
        LocalDate d = Sql.localDate(r, "event_date");
        if (d == null) {
            d = Sql.localDate(r, "first_report");
        }
        f.add(Long.toString(r.getLong("event_id")));
        f.add(d == null ? "" : d.format(DAY));
        f.add(d == null ? "" : d.format(DAY).substring(0, 6));
        f.add(d == null ? "" : Integer.toString(d.getYear()));
        f.add(d == null ? "" : String.format(Locale.ROOT, "%.4f",
                d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear()));
        actor(f, r.getString("source_code"), r.getString("source_name"), r.getString("source_country"));
        actor(f, r.getString("target_code"), r.getString("target_name"), r.getString("target_country"));
        f.add(r.getBoolean("is_root") ? "1" : "0");
        f.add(s(r.getString("cameo")));
        f.add(s(r.getString("cameo_base")));
        f.add(s(r.getString("cameo_root")));
        Integer quad = Sql.integer(r, "quad_class");
        f.add(quad == null ? "" : quad.toString());
        f.add(num(Sql.dbl(r, "goldstein"), 1));
        f.add(Integer.toString(r.getInt("num_mentions")));
        f.add(Integer.toString(r.getInt("num_sources")));
        f.add(Integer.toString(r.getInt("num_articles")));
        f.add(""); // AvgTone: no tone analysis
        emptyGeo(f); // Actor1Geo: events carry one location, the action's
        emptyGeo(f);
        actionGeo(f, r);
        java.sql.Timestamp added = r.getTimestamp("added_at");
        f.add(added == null ? "" : added.toLocalDateTime().format(ADDED));
        f.add(s(r.getString("source_url")));
        return f;
    }

    private static void actor(List<String> f, String code, String name, String country) {
        List<String> types = ActorCodes.types(code);
        f.add(s(code));
        f.add(s(name));
        f.add(s(country));
        f.add(""); // KnownGroupCode
        f.add(""); // EthnicCode
        f.add(""); // Religion1Code
        f.add(""); // Religion2Code
        for (int i = 0; i < 3; i++) {
            f.add(i < types.size() ? types.get(i) : "");
        }
    }

    private static void emptyGeo(List<String> f) {
        f.add("0");
        for (int i = 0; i < 7; i++) {
            f.add("");
        }
    }

    /** GDELT geo types: 1 country, 3 US city, 4 world city; 0 unknown. */
    private static void actionGeo(List<String> f, ResultSet r) throws SQLException {
        String name = r.getString("place_name");
        String country = r.getString("country");
        Double lat = Sql.dbl(r, "lat");
        Double lon = Sql.dbl(r, "lon");
        boolean place = (name != null && !name.isBlank()) || (lat != null && lon != null);
        String type = place ? ("USA".equals(country) ? "3" : "4") : (country != null ? "1" : "0");
        f.add(type);
        f.add(s(name));
        f.add(""); // CountryCode (FIPS)
        f.add(""); // ADM1Code
        f.add(""); // ADM2Code
        f.add(num(lat, 4));
        f.add(num(lon, 4));
        f.add(""); // FeatureID
    }

    private static String num(Double v, int scale) {
        if (v == null) {
            return "";
        }
        return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    /** A field value with the characters that would break the TSV layout replaced. */
    private static String s(String v) {
        return v == null ? "" : v.replaceAll("[\\t\\r\\n]+", " ");
    }
}
