package org.eventwire.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Country, state and county points lie inside their own territory: the shipped place nearest to
 * each point belongs to that country (or state), for every country with enough places to tell.
 */
class RepresentativePointsTest {
    private static final Gazetteer GAZ = Gazetteer.get();
    private static final CountryTable TABLE = CountryTable.get();

    @Test
    void everyCountryPointIsNearestToOneOfItsOwnPlaces() {
        Map<String, List<GazetteerEntry>> byCountry = new HashMap<>();
        List<GazetteerEntry> all = new ArrayList<>();
        for (Country c : TABLE.countries()) {
            byCountry.put(c.alpha2(), new ArrayList<>());
        }
        for (GazetteerEntry e : sample()) {
            all.add(e);
            byCountry.computeIfAbsent(e.alpha2(), k -> new ArrayList<>()).add(e);
        }
        List<String> outside = new ArrayList<>();
        int checked = 0;
        for (Country c : TABLE.countries()) {
            if (c.lat() == null || byCountry.get(c.alpha2()).size() < 30) {
                continue; // too few places to say where the country is
            }
            checked++;
            GazetteerEntry near = nearest(all, c.lat(), c.lon());
            if (!near.alpha2().equals(c.alpha2())) {
                outside.add(c.name() + " -> " + near.name() + " (" + near.alpha2() + ")");
            }
        }
        assertTrue(checked > 120, "countries checked: " + checked);
        assertTrue(outside.size() <= checked / 50, "points outside their country: " + outside);
    }

    @Test
    void theUnitedStatesPointIsInTheMiddleOfTheContiguousStates() {
        Country us = TABLE.byAlpha3("USA");
        assertTrue(us.lat() > 37 && us.lat() < 41 && us.lon() > -101 && us.lon() < -96, us.lat() + "," + us.lon());
        assertEquals("KS", nearest(sample(), us.lat(), us.lon()).admin1());
    }

    @Test
    void statePointsAndCountyPointsLieInTheirState() {
        List<GazetteerEntry> us = sample().stream().filter(e -> e.alpha2().equals("US")).toList();
        for (String state : new String[] {"Ohio", "Texas", "Louisiana", "California", "Florida"}) {
            Admin1 a = GAZ.admin1ByName(state).stream().filter(x -> x.alpha2().equals("US")).findFirst().orElseThrow();
            assertEquals(a.code(), nearest(us, a.lat(), a.lon()).admin1(), state);
        }
        List<Admin2> parishes = GAZ.admin2ByName("Rapides Parish");
        assertEquals(1, parishes.size());
        Admin2 p = parishes.get(0);
        assertEquals("LA", p.admin1());
        assertEquals("LA", nearest(us, p.lat(), p.lon()).admin1());
        assertTrue(GAZ.admin2ByOtherName("Rapides").contains(p), "the bare name finds the parish");
        assertTrue(GAZ.admin2ByName("Washington County").size() > 20, "a common county name in many states");
        assertFalse(GAZ.admin2ByName("Richmond County").stream().anyMatch(x -> x.admin1().equals("VA") && x.code().equals("760")),
                "Virginia's independent cities are cities, not counties");
    }

    private static List<GazetteerEntry> sample() {
        return GAZ.all();
    }

    private static GazetteerEntry nearest(List<GazetteerEntry> es, double lat, double lon) {
        GazetteerEntry best = null;
        double bd = Double.MAX_VALUE;
        for (GazetteerEntry e : es) {
            double d = GeoText.km(lat, lon, e.lat(), e.lon());
            if (d < bd) {
                bd = d;
                best = e;
            }
        }
        return best;
    }
}
