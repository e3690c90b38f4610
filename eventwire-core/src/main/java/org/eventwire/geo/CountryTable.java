package org.eventwire.geo;

import org.eventwire.pipeline.Lazy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Countries (ISO codes, names and short forms, demonyms, capitals, points) and a few named
 * regions. One read-only instance per JVM ({@link #get()}); names are matched through
 * {@link GeoText#key}, so case, diacritics, dots and a leading "the" do not matter.
 */
public final class CountryTable {
    private static final Lazy<CountryTable> INSTANCE = new Lazy<>(
            () -> new CountryTable(countryRows(), TsvResource.rows("regions.tsv")));

    private final List<Country> countries;
    private final List<Region> regions;
    private final Map<String, Country> byName = new HashMap<>();
    private final Map<String, Country> byDemonym = new HashMap<>();
    private final Map<String, Country> byCapital = new HashMap<>();
    private final Map<String, Country> byCode = new HashMap<>();
    private final Map<String, Region> regionByName = new HashMap<>();

    CountryTable(List<String[]> countryRows, List<String[]> regionRows) {
        List<Country> cs = new ArrayList<>();
        for (String[] f : countryRows) {
            Double capId = TsvResource.number(f, 6);
            cs.add(new Country(f[1], f[0], f[2], TsvResource.list(f, 3), TsvResource.list(f, 4),
                    TsvResource.field(f, 5), capId == null ? null : capId.longValue(),
                    TsvResource.number(f, 7), TsvResource.number(f, 8)));
        }
        countries = List.copyOf(cs);
        // canonical names first, so a short form shared by two countries ("Congo") never
        // hides a canonical name; among short forms the first country (by alpha-2) wins
        for (Country c : countries) {
            byName.put(GeoText.key(c.name()), c);
            byCode.put(c.alpha3(), c);
            byCode.put(c.alpha2(), c);
        }
        for (Country c : countries) {
            c.otherNames().forEach(n -> byName.putIfAbsent(GeoText.key(n), c));
            c.demonyms().forEach(n -> byDemonym.putIfAbsent(GeoText.key(n), c));
            if (c.capital() != null) {
                byCapital.putIfAbsent(GeoText.key(c.capital()), c);
            }
        }
        List<Region> rs = new ArrayList<>();
        for (String[] f : regionRows) {
            Region r = new Region(f[0], TsvResource.list(f, 1), Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]), TsvResource.field(f, 4));
            rs.add(r);
            regionByName.put(GeoText.key(r.name()), r);
            r.otherNames().forEach(n -> regionByName.putIfAbsent(GeoText.key(n), r));
        }
        regions = List.copyOf(rs);
    }

    /** The shipped table, loaded once per JVM. */
    public static CountryTable get() {
        return INSTANCE.get();
    }

    // an imported directory's countries.tsv (see GeonamesImporter) replaces the shipped one
    private static List<String[]> countryRows() {
        String dir = System.getProperty(Gazetteer.PROPERTY, System.getenv("EVENTWIRE_GAZETTEER"));
        if (dir != null && !dir.isBlank()) {
            java.nio.file.Path p = java.nio.file.Path.of(dir, GeonamesImporter.COUNTRIES_FILE);
            if (java.nio.file.Files.exists(p)) {
                try (java.io.BufferedReader r = java.nio.file.Files.newBufferedReader(p)) {
                    return TsvResource.rows(r);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException("cannot read " + p, e);
                }
            }
        }
        return TsvResource.rows("countries.tsv");
    }

    public List<Country> countries() {
        return countries;
    }

    public List<Region> regions() {
        return Collections.unmodifiableList(regions);
    }

    /** By name or short form: "Niger", "the United States", "U.S.", "Ivory Coast", "DR Congo". */
    public Country byName(String name) {
        return byName.get(GeoText.key(name));
    }

    /** By demonym or adjective: "American", "Nigerien", "Burkinabe", "French". */
    public Country byDemonym(String demonym) {
        Country c = byDemonym.get(GeoText.key(demonym));
        if (c == null && demonym != null && demonym.endsWith("s")) {
            c = byDemonym.get(GeoText.key(demonym.substring(0, demonym.length() - 1)));
        }
        return c;
    }

    /** By capital name: "Niamey", "Washington". */
    public Country byCapital(String capital) {
        return byCapital.get(GeoText.key(capital));
    }

    public Country byAlpha3(String code) {
        return code == null || code.length() != 3 ? null : byCode.get(code.toUpperCase(java.util.Locale.ROOT));
    }

    public Country byAlpha2(String code) {
        return code == null || code.length() != 2 ? null : byCode.get(code.toUpperCase(java.util.Locale.ROOT));
    }

    /** A named region that is not a country: "West Africa", "the Sahel", "Middle East". */
    public Region region(String name) {
        return regionByName.get(GeoText.key(name));
    }
}
