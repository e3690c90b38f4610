package org.eventwire.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges GeoNames countryInfo.txt (ISO, ISO3, numeric, fips, name, capital, ..., geonameid at
 * column 17) with the shipped country table: shipped names and demonyms are kept, capitals are
 * taken from countryInfo, countries the shipped table lacks are added.
 */
final class CountryInfoImport {
    private final PrintStream errors;

    CountryInfoImport(PrintStream errors) {
        this.errors = errors;
    }

    int run(Path countryInfo, List<GazetteerEntry> places, Path out) throws IOException {
        Map<String, String[]> rows = new HashMap<>();
        for (String[] f : TsvResource.rows("countries.tsv")) {
            rows.put(f[0], f);
        }
        Map<String, GazetteerEntry> capitals = new HashMap<>();
        for (GazetteerEntry e : places) {
            if (e.isCapital()) {
                capitals.merge(e.alpha2(), e, (a, b) -> a.population() >= b.population() ? a : b);
            }
        }
        int n = 0;
        List<String> lines = new ArrayList<>();
        lines.add("#alpha2\talpha3\tname\tother names\tdemonyms\tcapital\tcapital geonameid\tlat\tlon");
        try (BufferedReader r = Files.newBufferedReader(countryInfo, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 6 || f[0].length() != 2 || f[1].length() != 3) {
                    errors.println(countryInfo.getFileName() + ":" + lineNo + ": skipped, not a country row");
                    continue;
                }
                String[] known = rows.remove(f[0]);
                String[] row = known != null ? known.clone() : new String[] {f[0], f[1], f[4], "", "", "", "", "", ""};
                GazetteerEntry cap = capitals.get(f[0]);
                if (!f[5].isBlank()) {
                    row[5] = f[5];
                    row[6] = cap != null && GeoText.key(cap.name()).equals(GeoText.key(f[5])) ? Long.toString(cap.geonameId()) : row[6];
                }
                if (row[7].isEmpty() && cap != null) {
                    row[7] = Double.toString(cap.lat());
                    row[8] = Double.toString(cap.lon());
                }
                lines.add(String.join("\t", row));
                n++;
            }
        }
        rows.values().stream().sorted((a, b) -> a[0].compareTo(b[0])).forEach(f -> lines.add(String.join("\t", f)));
        Files.write(out, lines, StandardCharsets.UTF_8);
        return n;
    }
}
