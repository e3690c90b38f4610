package org.eventwire.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Imports a GeoNames dump (allCountries.txt, cities500.txt, cities15000.txt ...: 19 tab-separated
 * columns) and optionally countryInfo.txt into a directory that {@link Gazetteer#load} and
 * {@link CountryTable} read. Places of the chosen feature classes (P by default; S adds sites
 * such as airports and palaces) go to places.tsv.gz; ADM1 rows go to admin1.tsv, ADM2 rows to admin2.tsv. Bad lines are
 * reported one line each and skipped.
 */
public final class GeonamesImporter {
    public static final String PLACES_FILE = "places.tsv.gz";
    public static final String ADMIN1_FILE = "admin1.tsv";
    public static final String COUNTRIES_FILE = "countries.tsv";
    private static final Pattern LATIN = Pattern.compile("[\\p{IsLatin}][\\p{IsLatin} .'\u2019-]{2,39}");

    /** What to keep: feature classes (P, S, L, T ...), a population floor, and from what population alternates are kept. */
    public record Options(Set<String> featureClasses, long minPopulation, long alternatesMinPopulation) {
        public static Options defaults() {
            return new Options(Set.of("P"), 0, 100_000);
        }
    }

    /** Counts of one import. */
    public record Result(int places, int admin1, int countries, int badLines) {
    }

    private final Options options;
    private final PrintStream errors;

    public GeonamesImporter(Options options, PrintStream errors) {
        this.options = options;
        this.errors = errors;
    }

    public Result run(List<Path> dumps, Path countryInfo, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        List<GazetteerEntry> places = new ArrayList<>();
        List<String> admin1 = new ArrayList<>();
        List<String> admin2 = new ArrayList<>();
        int bad = 0;
        for (Path dump : dumps) {
            try (BufferedReader r = TsvResource.open(Files.newInputStream(dump), dump.toString().endsWith(".gz"))) {
                int lineNo = 0;
                for (String line; (line = r.readLine()) != null; ) {
                    lineNo++;
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    try {
                        accept(line.split("\t", -1), places, admin1, admin2);
                    } catch (RuntimeException e) {
                        bad++;
                        errors.println(dump.getFileName() + ":" + lineNo + ": skipped, " + e.getMessage());
                    }
                }
            }
        }
        places.sort(java.util.Comparator.comparingLong(GazetteerEntry::geonameId));
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(
                Files.newOutputStream(outDir.resolve(PLACES_FILE)), 1 << 16), StandardCharsets.UTF_8)) {
            w.write(GazetteerFormat.HEADER + "\n");
            long last = -1;
            for (GazetteerEntry e : places) {
                if (e.geonameId() != last) { // the same place in two dumps is written once
                    GazetteerFormat.write(e, w);
                }
                last = e.geonameId();
            }
        }
        if (!admin1.isEmpty()) {
            Files.write(outDir.resolve(ADMIN1_FILE), admin1, StandardCharsets.UTF_8);
        }
        if (!admin2.isEmpty()) {
            Files.write(outDir.resolve(Gazetteer.ADMIN2_RESOURCE), admin2, StandardCharsets.UTF_8);
        }
        int countries = 0;
        if (countryInfo != null) {
            countries = new CountryInfoImport(errors).run(countryInfo, places, outDir.resolve(COUNTRIES_FILE));
        }
        return new Result(places.size(), admin1.size(), countries, bad);
    }

    private void accept(String[] f, List<GazetteerEntry> places, List<String> admin1, List<String> admin2) {
        if (f.length < 15) {
            throw new IllegalArgumentException("expected 19 columns, found " + f.length);
        }
        long id = Long.parseLong(f[0].trim());
        String name = f[1].trim();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("empty name");
        }
        double lat = Double.parseDouble(f[4]);
        double lon = Double.parseDouble(f[5]);
        if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            throw new IllegalArgumentException("coordinates out of range");
        }
        String fclass = f[6];
        String fcode = f[7].isEmpty() ? fclass : f[7];
        long pop = f[14].isBlank() ? 0 : Long.parseLong(f[14].trim());
        String cc = f[8];
        if ("A".equals(fclass) && "ADM1".equals(fcode)) {
            List<String> alts = latinAlternates(name, f[2], f[3], true);
            admin1.add(String.join("\t", cc, f[10], name, String.join("|", alts),
                    Double.toString(lat), Double.toString(lon)));
            return;
        }
        if ("A".equals(fclass) && "ADM2".equals(fcode) && f.length > 11) {
            // "Rapides Parish" is also found as "Rapides"
            String bare = name.replaceFirst("\\s+(County|Parish|Borough|District|Municipality)$", "");
            admin2.add(String.join("\t", cc, f[10], f[11], name, bare.equals(name) ? "" : bare,
                    Double.toString(lat), Double.toString(lon), Long.toString(pop)));
            return;
        }
        boolean tooSmall = "P".equals(fclass) && pop < options.minPopulation(); // sites have no population
        if (!options.featureClasses().contains(fclass) || tooSmall || cc.isEmpty()) {
            return;
        }
        boolean alts = pop >= options.alternatesMinPopulation() || "PPLC".equals(fcode);
        places.add(new GazetteerEntry(id, name, latinAlternates(name, f[2], f[3], alts), lat, lon,
                fcode, cc, f[10], pop));
    }

    // the ASCII name always; other alternates only when asked, Latin script and cased (no codes)
    private static List<String> latinAlternates(String name, String ascii, String alts, boolean all) {
        Set<String> keys = new LinkedHashSet<>(List.of(GeoText.key(name)));
        List<String> out = new ArrayList<>();
        if (!ascii.isBlank() && keys.add(GeoText.key(ascii))) {
            out.add(ascii);
        }
        if (all && !alts.isBlank()) {
            Arrays.stream(alts.split(",")).map(String::trim)
                    .filter(a -> LATIN.matcher(a).matches() && !a.equals(a.toUpperCase(java.util.Locale.ROOT))
                            && Character.isUpperCase(a.charAt(0)))
                    .filter(a -> keys.add(GeoText.key(a)))
                    .forEach(out::add);
        }
        return out;
    }
}
