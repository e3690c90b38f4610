package org.eventwire.geo;

import org.eventwire.pipeline.Lazy;
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
 * GeoNames populated places with a name index, plus first- and second-level divisions. One read-only
 * instance per JVM ({@link #get()}): the shipped index (cities500, about 200,000 places), or a
 * directory written by {@code eventwire import-geonames} when the system property
 * {@code eventwire.gazetteer} or the environment variable {@code EVENTWIRE_GAZETTEER} names it.
 */
public final class Gazetteer {
    public static final String PROPERTY = "eventwire.gazetteer";
    static final String ADMIN2_RESOURCE = "admin2.tsv";
    private static final Lazy<Gazetteer> INSTANCE = new Lazy<>(Gazetteer::loadConfigured);

    private final GazetteerEntry[] entries;
    private final long[] ids; // sorted geonameids
    private final int[] idOrder; // entry index of each of ids
    private final Map<String, int[]> primary;
    private final Map<String, int[]> alternate;
    private final Map<String, List<Admin1>> admin1ByName = new HashMap<>();
    private final Map<String, Admin1> admin1ByCode = new HashMap<>();
    private final Map<String, List<Admin2>> admin2ByName = new HashMap<>();
    private final Map<String, List<Admin2>> admin2ByOtherName = new HashMap<>();
    private final long loadMillis;

    Gazetteer(List<GazetteerEntry> list, List<String[]> admin1Rows, long startNanos) {
        this(list, admin1Rows, TsvResource.rows(ADMIN2_RESOURCE), startNanos);
    }

    Gazetteer(List<GazetteerEntry> list, List<String[]> admin1Rows, List<String[]> admin2Rows, long startNanos) {
        entries = list.toArray(new GazetteerEntry[0]);
        // biggest first, so every name's list is built in population order without sorting
        Arrays.sort(entries, Comparator.comparingLong((GazetteerEntry e) -> -e.population())
                .thenComparingLong(GazetteerEntry::geonameId));
        idOrder = new int[entries.length];
        ids = new long[entries.length];
        Map<String, int[]> p = new HashMap<>(entries.length * 2);
        Map<String, int[]> a = new HashMap<>(entries.length / 2);
        for (int i = 0; i < entries.length; i++) {
            GazetteerEntry e = entries[i];
            String k = GeoText.key(e.name());
            add(p, k, i);
            for (String alt : e.alternates()) {
                String ak = GeoText.key(alt);
                if (!ak.equals(k)) {
                    add(a, ak, i);
                }
            }
        }
        long[] order = new long[entries.length];
        for (int i = 0; i < entries.length; i++) {
            order[i] = entries[i].geonameId();
        }
        Integer[] byId = new Integer[entries.length];
        for (int i = 0; i < byId.length; i++) {
            byId[i] = i;
        }
        Arrays.sort(byId, Comparator.comparingLong(i -> order[i]));
        for (int i = 0; i < byId.length; i++) {
            idOrder[i] = byId[i];
            ids[i] = order[byId[i]];
        }
        primary = p;
        alternate = a;
        for (String[] f : admin1Rows) {
            Admin1 ad = new Admin1(f[0], f[1], f[2], TsvResource.list(f, 3),
                    Double.parseDouble(f[4]), Double.parseDouble(f[5]));
            admin1ByCode.put(ad.alpha2() + "." + ad.code(), ad);
            admin1ByName.computeIfAbsent(GeoText.key(ad.name()), x -> new ArrayList<>()).add(ad);
            for (String n : ad.otherNames()) {
                admin1ByName.computeIfAbsent(GeoText.key(n), x -> new ArrayList<>()).add(ad);
            }
        }
        for (String[] f : admin2Rows) {
            Admin2 ad = Admin2.of(f);
            admin2ByName.computeIfAbsent(GeoText.key(ad.name()), x -> new ArrayList<>()).add(ad);
            for (String n : ad.otherNames()) {
                admin2ByOtherName.computeIfAbsent(GeoText.key(n), x -> new ArrayList<>()).add(ad);
            }
        }
        loadMillis = (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static void add(Map<String, int[]> m, String k, int i) {
        int[] old = m.get(k);
        if (old == null) {
            m.put(k, new int[] {i});
        } else if (old[old.length - 1] != i) {
            int[] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = i;
            m.put(k, grown);
        }
    }

    /** The configured gazetteer, loaded once per JVM. */
    public static Gazetteer get() {
        return INSTANCE.get();
    }

    private static Gazetteer loadConfigured() {
        String dir = System.getProperty(PROPERTY, System.getenv("EVENTWIRE_GAZETTEER"));
        return dir == null || dir.isBlank() ? loadShipped() : load(Path.of(dir));
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
            Path admin2 = dir.resolve(ADMIN2_RESOURCE);
            List<String[]> admins2;
            if (Files.exists(admin2)) {
                try (BufferedReader ar = Files.newBufferedReader(admin2)) {
                    admins2 = TsvResource.rows(ar);
                }
            } else {
                admins2 = TsvResource.rows(ADMIN2_RESOURCE);
            }
            return new Gazetteer(list, admins, admins2, t0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + places, e);
        }
    }

    public int size() {
        return entries.length;
    }

    /** Every place, biggest first (for checks over the whole index). */
    List<GazetteerEntry> all() {
        return List.of(entries);
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
        return i < 0 ? null : entries[idOrder[i]];
    }

    public List<Admin1> admin1ByName(String name) {
        return admin1ByName.getOrDefault(GeoText.key(name), List.of());
    }

    /** Second-level divisions by full name ("Rapides Parish"). */
    public List<Admin2> admin2ByName(String name) {
        return admin2ByName.getOrDefault(GeoText.key(name), List.of());
    }

    /** Second-level divisions by bare name ("Rapides"). */
    public List<Admin2> admin2ByOtherName(String name) {
        return admin2ByOtherName.getOrDefault(GeoText.key(name), List.of());
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
