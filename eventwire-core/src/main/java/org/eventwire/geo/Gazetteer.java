package org.eventwire.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GeoNames populated places with a name index, plus first-level divisions. One read-only
 * instance per JVM ({@link #get()}): the shipped index (cities500, about 200,000 places), or a
 * directory written by {@code eventwire import-geonames} when the system property
 * {@code eventwire.gazetteer} or the environment variable {@code EVENTWIRE_GAZETTEER} names it.
 */
public final class Gazetteer {
    public static final String PROPERTY = "eventwire.gazetteer";
    private static volatile Gazetteer instance;

    private final GazetteerEntry[] entries;
    private final long[] ids;
    private final Map<String, int[]> primary;
    private final Map<String, int[]> alternate;
    private final Map<String, List<Admin1>> admin1ByName = new HashMap<>();
    private final Map<String, Admin1> admin1ByCode = new HashMap<>();
    private final long loadMillis;

    Gazetteer(List<GazetteerEntry> list, List<String[]> admin1Rows, long startNanos) {
        entries = list.toArray(new GazetteerEntry[0]);
        Arrays.sort(entries, Comparator.comparingLong(GazetteerEntry::geonameId));
        ids = new long[entries.length];
        Map<String, List<Integer>> p = new HashMap<>(entries.length * 2);
        Map<String, List<Integer>> a = new HashMap<>(entries.length / 2);
        for (int i = 0; i < entries.length; i++) {
            GazetteerEntry e = entries[i];
            ids[i] = e.geonameId();
            String k = GeoText.key(e.name());
            p.computeIfAbsent(k, x -> new ArrayList<>(1)).add(i);
            for (String alt : e.alternates()) {
                String ak = GeoText.key(alt);
                if (!ak.equals(k)) {
                    a.computeIfAbsent(ak, x -> new ArrayList<>(1)).add(i);
                }
            }
        }
        primary = freeze(p);
        alternate = freeze(a);
        for (String[] f : admin1Rows) {
            Admin1 ad = new Admin1(f[0], f[1], f[2], TsvResource.list(f, 3),
                    Double.parseDouble(f[4]), Double.parseDouble(f[5]));
            admin1ByCode.put(ad.alpha2() + "." + ad.code(), ad);
            admin1ByName.computeIfAbsent(GeoText.key(ad.name()), x -> new ArrayList<>()).add(ad);
            for (String n : ad.otherNames()) {
                admin1ByName.computeIfAbsent(GeoText.key(n), x -> new ArrayList<>()).add(ad);
            }
        }
        loadMillis = (System.nanoTime() - startNanos) / 1_000_000;
    }

    // index lists sorted by population, biggest first
    private Map<String, int[]> freeze(Map<String, List<Integer>> m) {
        Map<String, int[]> out = new HashMap<>(m.size() * 2);
        Comparator<Integer> byPop = Comparator.comparingLong(i -> -entries[i].population());
        m.forEach((k, v) -> {
            v.sort(byPop);
            out.put(k, v.stream().mapToInt(Integer::intValue).toArray());
        });
        return out;
    }

    /** The configured gazetteer, loaded once per JVM. */
    public static Gazetteer get() {
        Gazetteer g = instance;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (instance == null) {
                    String dir = System.getProperty(PROPERTY, System.getenv("EVENTWIRE_GAZETTEER"));
                    instance = dir == null || dir.isBlank() ? loadShipped() : load(Path.of(dir));
                }
                g = instance;
            }
        }
        return g;
    }

    public static Gazetteer loadShipped() {
        long t0 = System.nanoTime();
        InputStream in = Gazetteer.class.getResourceAsStream("places.tsv.gz");
        if (in == null) {
            throw new IllegalStateException("missing resource org/eventwire/geo/places.tsv.gz");
        }
        try (BufferedReader r = TsvResource.open(in, true)) {
            return new Gazetteer(GazetteerFormat.read(r), TsvResource.rows("admin1.tsv"), t0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped gazetteer", e);
        }
    }

    /** A directory written by {@link GeonamesImporter}: places.tsv.gz and optional admin1.tsv. */
    public static Gazetteer load(Path dir) {
        long t0 = System.nanoTime();
        Path places = dir.resolve(GeonamesImporter.PLACES_FILE);
        Path admin = dir.resolve(GeonamesImporter.ADMIN1_FILE);
        try (BufferedReader r = TsvResource.open(Files.newInputStream(places), true)) {
            List<GazetteerEntry> list = GazetteerFormat.read(r);
            List<String[]> admins;
            if (Files.exists(admin)) {
                try (BufferedReader ar = Files.newBufferedReader(admin)) {
                    admins = TsvResource.rows(ar);
                }
            } else {
                admins = TsvResource.rows("admin1.tsv");
            }
            return new Gazetteer(list, admins, t0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + places, e);
        }
    }

    public int size() {
        return entries.length;
    }

    public long loadMillis() {
        return loadMillis;
    }

    /** Places whose GeoNames name is this name, biggest first. */
    public List<GazetteerEntry> byName(String name) {
        return list(primary.get(GeoText.key(name)));
    }

    /** Places known by this name only as an alternate ("Kiev", "Bombay"), biggest first. */
    public List<GazetteerEntry> byAlternateName(String name) {
        return list(alternate.get(GeoText.key(name)));
    }

    /** Whether any place has this name or alternate name (no allocation). */
    public boolean contains(String key) {
        return primary.containsKey(key) || alternate.containsKey(key);
    }

    public GazetteerEntry byId(long geonameId) {
        int i = Arrays.binarySearch(ids, geonameId);
        return i < 0 ? null : entries[i];
    }

    public List<Admin1> admin1ByName(String name) {
        return admin1ByName.getOrDefault(GeoText.key(name), List.of());
    }

    public Admin1 admin1(String alpha2, String code) {
        return admin1ByCode.get(alpha2 + "." + code);
    }

    private List<GazetteerEntry> list(int[] idx) {
        if (idx == null) {
            return List.of();
        }
        List<GazetteerEntry> out = new ArrayList<>(idx.length);
        for (int i : idx) {
            out.add(entries[i]);
        }
        return out;
    }
}
