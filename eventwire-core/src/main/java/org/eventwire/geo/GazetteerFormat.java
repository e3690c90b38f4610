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
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            out.add(parse(line, lineNo));
        }
        return out;
    }

    private static GazetteerEntry parse(String line, int lineNo) {
        String[] f = new String[9];
        int from = 0;
        for (int i = 0; i < 9; i++) {
            int tab = i == 8 ? line.length() : line.indexOf('\t', from);
            if (tab < 0) {
                throw new IllegalArgumentException("gazetteer line " + lineNo + ": expected 9 columns");
            }
            f[i] = line.substring(from, tab);
            from = tab + 1;
        }
        List<String> alts = f[2].isEmpty() ? List.of() : List.of(f[2].split("\\|"));
        return new GazetteerEntry(Long.parseLong(f[0]), f[1], alts, Double.parseDouble(f[3]),
                Double.parseDouble(f[4]), f[5].intern(), f[6].intern(), f[7].intern(),
                f[8].isEmpty() ? 0 : Long.parseLong(f[8]));
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
