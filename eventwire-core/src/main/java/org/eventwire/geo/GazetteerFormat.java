package org.eventwire.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The compact index format: one place a line, tab-separated
 * {@code geonameid name alternates(|) lat lon fcode cc admin1 population}, sorted by id, gzipped.
 * Written by tools/gazetteer/build.js and by {@link GeonamesImporter}; read by {@link Gazetteer}.
 */
public final class GazetteerFormat {
    public static final String HEADER = "#geonameid\tname\talternates\tlat\tlon\tfcode\tcc\tadmin1\tpopulation";

    private GazetteerFormat() {
    }

    public static List<GazetteerEntry> read(BufferedReader r) throws IOException {
        List<GazetteerEntry> out = new ArrayList<>(210_000);
        java.util.Map<String, String> shared = new java.util.HashMap<>(); // codes repeat: one copy each
        int[] tabs = new int[8];
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            int from = 0;
            for (int i = 0; i < 8; i++) {
                tabs[i] = line.indexOf('\t', from);
                if (tabs[i] < 0) {
                    throw new IllegalArgumentException("gazetteer line " + lineNo + ": expected 9 columns");
                }
                from = tabs[i] + 1;
            }
            String alts = line.substring(tabs[1] + 1, tabs[2]);
            out.add(new GazetteerEntry(parseLong(line, 0, tabs[0]), line.substring(tabs[0] + 1, tabs[1]),
                    alts.isEmpty() ? List.of() : List.of(alts.split("\\|")),
                    parseCoord(line, tabs[2] + 1, tabs[3]), parseCoord(line, tabs[3] + 1, tabs[4]),
                    share(shared, line.substring(tabs[4] + 1, tabs[5])), share(shared, line.substring(tabs[5] + 1, tabs[6])),
                    share(shared, line.substring(tabs[6] + 1, tabs[7])), parseLong(line, tabs[7] + 1, line.length())));
        }
        return out;
    }

    private static String share(java.util.Map<String, String> m, String s) {
        String old = m.putIfAbsent(s, s);
        return old == null ? s : old;
    }

    private static long parseLong(String s, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException("not a number: " + s.substring(from, to));
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    // plain decimals as written by write(); anything else goes to Double.parseDouble
    private static double parseCoord(String s, int from, int to) {
        long v = 0;
        long scale = 1;
        boolean neg = false;
        boolean dot = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '-' && i == from) {
                neg = true;
            } else if (c == '.' && !dot) {
                dot = true;
            } else if (c >= '0' && c <= '9' && scale < 1_000_000_000L) {
                v = v * 10 + (c - '0');
                if (dot) {
                    scale *= 10;
                }
            } else {
                return Double.parseDouble(s.substring(from, to));
            }
        }
        double d = (double) v / scale;
        return neg ? -d : d;
    }

    public static void write(GazetteerEntry e, Writer w) throws IOException {
        w.write(Long.toString(e.geonameId()));
        w.write('\t');
        w.write(clean(e.name()));
        w.write('\t');
        w.write(String.join("|", e.alternates().stream().map(GazetteerFormat::clean).toList()));
        w.write('\t');
        w.write(coord(e.lat()));
        w.write('\t');
        w.write(coord(e.lon()));
        w.write('\t');
        w.write(e.featureCode() + '\t' + e.alpha2() + '\t' + e.admin1() + '\t' + e.population() + '\n');
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('|', ' ');
    }

    private static String coord(double x) {
        return java.math.BigDecimal.valueOf(Math.round(x * 1000) / 1000.0).stripTrailingZeros().toPlainString();
    }
}
