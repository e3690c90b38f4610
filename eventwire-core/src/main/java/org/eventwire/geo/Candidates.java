package org.eventwire.geo;

import java.util.ArrayList;
import java.util.List;

/** Everything a name may refer to: country, region, first- and second-level division, GeoNames places. */
final class Candidates {
    private static final int MAX_PLACES = 25;
    private static final int MAX_ALTERNATES = 8;

    private Candidates() {
    }

    /** "Niger's" and "the Sahel" are looked up as "Niger" and "Sahel". */
    static String clean(String text) {
        String s = text.strip();
        if (s.endsWith("'s") || s.endsWith("\u2019s")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("'") || s.endsWith("\u2019")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip();
    }

    static List<PlaceCandidate> of(String text, Gazetteer gaz, CountryTable table) {
        String name = clean(text);
        List<PlaceCandidate> out = new ArrayList<>();
        Country c = table.byName(name);
        if (c != null) {
            out.add(country(c, !GeoText.key(c.name()).equals(GeoText.key(name))));
        }
        Region r = table.region(name);
        if (r != null) {
            out.add(new PlaceCandidate("region", r.name(), r.country(), null, r.lat(), r.lon(),
                    null, 0, null, false));
        }
        for (Admin1 a : gaz.admin1ByName(name)) {
            Country ac = table.byAlpha2(a.alpha2());
            out.add(new PlaceCandidate("admin1", a.name(), ac == null ? null : ac.alpha3(), a.code(),
                    a.lat(), a.lon(), null, 0, "ADM1", false));
        }
        for (Admin2 a : gaz.admin2ByName(name)) {
            out.add(admin2(a, table, false));
        }
        List<Admin2> bare = gaz.admin2ByOtherName(name);
        for (int i = 0; i < bare.size() && i < MAX_PLACES; i++) {
            out.add(admin2(bare.get(i), table, true));
        }
        List<GazetteerEntry> prim = gaz.byName(name);
        for (int i = 0; i < prim.size() && i < MAX_PLACES; i++) {
            out.add(place(prim.get(i), table, false));
        }
        List<GazetteerEntry> alts = gaz.byAlternateName(name);
        for (int i = 0; i < alts.size() && i < MAX_ALTERNATES; i++) {
            out.add(place(alts.get(i), table, true));
        }
        return out;
    }

    static PlaceCandidate country(Country c, boolean alternate) {
        double lat = c.lat() == null ? 0 : c.lat();
        double lon = c.lon() == null ? 0 : c.lon();
        return new PlaceCandidate("country", c.name(), c.alpha3(), null, lat, lon, null, 0, null, alternate);
    }

    static PlaceCandidate admin2(Admin2 a, CountryTable table, boolean bareName) {
        Country c = table.byAlpha2(a.alpha2());
        return new PlaceCandidate("admin2", a.name(), c == null ? null : c.alpha3(), a.admin1(), a.lat(), a.lon(),
                null, a.population(), "ADM2", bareName);
    }

    static PlaceCandidate place(GazetteerEntry e, CountryTable table, boolean alternate) {
        Country c = table.byAlpha2(e.alpha2());
        String fc = e.featureCode();
        String kind = fc.startsWith("PPL") || fc.equals("STLMT") || fc.equals("P") ? "city" : "site";
        return new PlaceCandidate(kind, e.name(), c == null ? null : c.alpha3(), e.admin1(), e.lat(),
                e.lon(), e.geonameId(), e.population(), fc, alternate);
    }
}
