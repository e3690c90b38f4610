package org.eventwire.geo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Places the gazetteer lacks ("Diori Hamani International Airport", "Tahrir Square", "the
 * Sinai coast"): output as a site (or region) with the country and point of the enclosing place
 * the text gives: a place right after it ("in Cairo", ", Niamey"), a known place inside its
 * name ("Kabul airport"), a place in its sentence, the article's most named town, else the
 * article's dateline country. The
 * point is marked approximate.
 */
final class EnclosingPlace {
    private static final Set<String> SITE_WORDS = Set.of("airport", "airbase", "square", "palace",
            "street", "avenue", "road", "bridge", "stadium", "base", "port", "harbour", "harbor",
            "camp", "market", "hotel", "hospital", "university", "mosque", "church", "cathedral",
            "temple", "building", "tower", "park", "station", "prison", "crossing", "dam", "plant",
            "mine", "embassy", "consulate", "parliament", "house", "center", "centre", "hall",
            "terminal", "checkpoint", "refinery", "compound", "residence", "barracks", "village",
            "school", "academy", "college", "library", "courthouse", "jail", "drive", "lane", "boulevard",
            "highway", "pike", "trail", "mall", "plaza", "arena", "field", "museum", "cemetery");
    private static final Pattern NEAR = Pattern.compile("^\\s*(?:,|in|at|near|outside|of|on the outskirts of|north of|south of|east of|west of)\\s*");

    private final Gazetteer gaz;
    private final CountryTable table;

    EnclosingPlace(Gazetteer gaz, CountryTable table) {
        this.gaz = gaz;
        this.table = table;
    }

    PlaceResolver.Resolved resolve(String text, PlaceMention m, List<PlaceMention> all,
                                   Map<PlaceMention, PlaceCandidate> resolved, String dateline) {
        String name = Candidates.clean(m.text());
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) && !name.startsWith("the ")) {
            return null; // "presidential palace" is a description, not a name
        }
        String display = name.startsWith("the ") ? name.substring(4) : name;
        List<Words.Token> toks = Words.tokens(display, 0, display.length());
        if (toks.isEmpty() || !Character.isUpperCase(display.charAt(0))) {
            return null;
        }
        String head = toks.get(toks.size() - 1).text().toLowerCase(java.util.Locale.ROOT);
        String kind = SITE_WORDS.contains(head) ? "site" : "region";
        PlaceCandidate encl = null;
        String how = null;
        // a resolved place right after it
        for (PlaceMention o : all) {
            PlaceCandidate c = resolved.get(o);
            if (c != null && o.start() >= m.end() && o.start() - m.end() <= 30
                    && NEAR.matcher(text.substring(m.end(), o.start())).matches()) {
                encl = c;
                how = "the text places it in " + c.name();
                break;
            }
        }
        // a place the article resolved, named inside its name ("the Gainesville Riding Club")
        for (int i = 0; encl == null && i < toks.size() - 1; i++) {
            for (int j = toks.size() - 1; encl == null && j > i; j--) {
                String key = GeoText.key(display.substring(toks.get(i).start(), toks.get(j - 1).end()));
                for (var e : resolved.entrySet()) {
                    if (e.getKey() != m && GeoText.key(Candidates.clean(e.getKey().text())).equals(key)
                            && !e.getValue().kind().equals("site")) {
                        encl = e.getValue();
                        how = "its name holds " + encl.name() + ", named in the article";
                        break;
                    }
                }
            }
        }
        // a state inside its name ("North Texas", "Central Ohio")
        for (int i = 0; encl == null && i < toks.size(); i++) {
            List<Admin1> as = gaz.admin1ByName(toks.get(i).text());
            if (as.size() == 1 && toks.get(i).text().length() > 3) {
                Admin1 a = as.get(0);
                Country ac = table.byAlpha2(a.alpha2());
                encl = new PlaceCandidate("admin1", a.name(), ac == null ? null : ac.alpha3(), a.code(), a.lat(),
                        a.lon(), null, 0, "ADM1", false);
                how = "its name holds the state " + a.name();
            }
        }
        // a known city or country inside its own name
        for (int i = 0; encl == null && i < toks.size() - 1; i++) {
            String w = toks.get(i).text();
            Country c = table.byName(w);
            if (c == null) {
                c = table.byDemonym(w);
            }
            List<GazetteerEntry> es = gaz.byName(w);
            if (!es.isEmpty() && es.get(0).population() >= 100_000) {
                encl = Candidates.place(es.get(0), table, false);
                how = "its name holds the city " + encl.name();
            } else if (c != null) {
                encl = Candidates.country(c, false);
                how = "its name holds the country " + c.name();
            }
        }
        // else the most specific place of its sentence
        for (PlaceMention o : all) {
            PlaceCandidate c = resolved.get(o);
            if (encl == null && c != null && o.start() >= m.sentenceStart() && o.end() <= m.sentenceEnd()) {
                encl = c;
                how = "its sentence names " + c.name();
            } else if (c != null && encl != null && how.startsWith("its sentence") && o.start() >= m.sentenceStart()
                    && o.end() <= m.sentenceEnd() && rank(c) > rank(encl)) {
                encl = c;
                how = "its sentence names " + c.name();
            }
        }
        // else the article's own town: local news is mostly about its area
        if (encl == null) {
            encl = focus(all, resolved);
            how = encl == null ? null : "the article's most named town is " + encl.name();
        }
        if (encl == null && dateline != null && table.byAlpha3(dateline) != null) {
            encl = Candidates.country(table.byAlpha3(dateline), false);
            how = "the dateline country";
        }
        if (encl == null) {
            return null;
        }
        PlaceCandidate site = new PlaceCandidate(kind, display, encl.country(), encl.admin1(), encl.lat(),
                encl.lon(), null, 0, null, false);
        String reason = "not in the gazetteer; " + kind + " placed at " + encl.name() + " (" + how + ")";
        return new PlaceResolver.Resolved(m, site, how.startsWith("the text") ? 0.6 : 0.4, reason, true);
    }

    // the town (or county) named most often in the article, if it is named at least twice
    private static PlaceCandidate focus(List<PlaceMention> all, Map<PlaceMention, PlaceCandidate> resolved) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        Map<String, PlaceCandidate> byId = new java.util.HashMap<>();
        PlaceCandidate best = null;
        for (PlaceMention o : all) {
            PlaceCandidate c = resolved.get(o);
            if (c == null || rank(c) < 2 || c.kind().equals("site")) {
                continue;
            }
            int n = counts.merge(c.id(), 1, Integer::sum);
            byId.put(c.id(), c);
            if (n >= 2 && (best == null || n > counts.get(best.id()))) {
                best = c;
            }
        }
        return best;
    }

    private static int rank(PlaceCandidate c) {
        return switch (c.kind()) {
            case "city", "site" -> 3;
            case "admin2" -> 2;
            case "admin1" -> 1;
            case "region" -> 1;
            default -> 0;
        };
    }
}
