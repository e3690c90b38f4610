package org.eventwire.geo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Prints the figures the issue asks for: index size, load time, lookup and resolve times. */
class GazetteerBenchmarkTest {
    @Test
    void loadsFastAndLooksUpInMicroseconds() throws Exception {
        long t0 = System.nanoTime();
        Gazetteer g = Gazetteer.loadShipped();
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        long bytes;
        try (var in = Gazetteer.class.getResourceAsStream("places.tsv.gz")) {
            bytes = in.readAllBytes().length;
        }
        String[] names = {"Paris", "Washington", "Niamey", "Tripoli", "Santiago", "Springfield", "Valencia", "London"};
        int n = 200_000;
        long sink = 0;
        long t1 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            sink += g.byName(names[i % names.length]).size();
        }
        double lookupUs = (System.nanoTime() - t1) / 1000.0 / n;
        PlaceResolver resolver = new PlaceResolver(g, CountryTable.get());
        String s = "The tornado damaged homes in Paris, Texas, while protests continued in Tripoli, the Libyan capital.";
        List<PlaceMention> ms = new PlaceSpotter(g, CountryTable.get()).spot(s);
        int r = 2_000;
        long t2 = System.nanoTime();
        for (int i = 0; i < r; i++) {
            sink += resolver.resolveMentions(s, ms, null).size();
        }
        double resolveUs = (System.nanoTime() - t2) / 1000.0 / r / ms.size();
        System.out.printf("gazetteer: %d places, index %.2f MB gzipped, load %d ms, byName %.2f us, resolve %.1f us per mention (%d)%n",
                g.size(), bytes / 1e6, loadMs, lookupUs, resolveUs, sink % 10);
        assertTrue(loadMs < 10_000, "load " + loadMs + " ms"); // target 2 s; a sanity bound on a shared 2-core machine
        assertTrue(lookupUs < 50, "lookup " + lookupUs + " us");
    }
}
