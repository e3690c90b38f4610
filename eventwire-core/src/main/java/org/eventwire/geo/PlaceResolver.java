package org.eventwire.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventwire.model.Mention;
import org.eventwire.model.Place;

/**
 * Resolves the place mentions of one article to places with a country, a point, a confidence
 * and a reason. Two passes: local cues first (qualifiers, capital patterns, country words,
 * priors), then again with what the confident mentions say about the article (its countries,
 * states and geography). Repeated names share one reading unless a mention has its own cue.
 * Mentions the gazetteer lacks ("Tahrir Square") become approximate sites or regions placed at
 * the enclosing place the text gives. Thread-safe; the heavy data is shared.
 */
public final class PlaceResolver {
    /** Below this score a reading is not trusted ("Delta" the village). */
    private static final double MIN_SCORE = 3.0;
    private static final double ANCHOR_CONFIDENCE = 0.5;

    /** One mention's reading; candidate is null for a mention left unresolved. */
    public record Resolved(PlaceMention mention, PlaceCandidate candidate, double confidence,
                           String reason, boolean approximate) {
    }

    private final Gazetteer gaz;
    private final CountryTable table;

    public PlaceResolver() {
        this(Gazetteer.get(), CountryTable.get());
    }

    public PlaceResolver(Gazetteer gaz, CountryTable table) {
        this.gaz = gaz;
        this.table = table;
    }

    /** One Place per distinct place, in order of first mention. */
    public List<Place> resolve(String text, List<PlaceMention> mentions, String datelineCountry) {
        return toPlaces(resolveMentions(text, mentions, datelineCountry));
    }

    public List<Resolved> resolveMentions(String text, List<PlaceMention> input, String datelineCountry) {
        Map<String, PlaceMention> unique = new LinkedHashMap<>();
        input.stream().sorted(Comparator.comparingInt(PlaceMention::start).thenComparingInt(PlaceMention::end))
                .forEach(m -> unique.putIfAbsent(m.start() + ":" + m.end(), m));
        List<PlaceMention> ms = new ArrayList<>(unique.values());
        int n = ms.size();
        ContextCues[] cues = new ContextCues[n];
        List<List<PlaceCandidate>> cands = new ArrayList<>();
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            PlaceMention m = ms.get(i);
            cues[i] = ContextCues.of(text, m, gaz, table);
            cands.add(Candidates.of(m.text(), gaz, table));
            keys[i] = GeoText.key(Candidates.clean(m.text()));
        }
        // pass 1: local cues only
        var empty = new CandidateScorer.ArticleContext(Map.of(), Map.of(), List.of(), datelineCountry);
        Choice[] first = new Choice[n];
        for (int i = 0; i < n; i++) {
            first[i] = choose(ms.get(i), cues[i], cands.get(i), empty, keys[i]);
        }
        // pass 2: with the article's confident places, each name not counting itself
        Map<String, Integer> demonyms = demonymCounts(text);
        Choice[] second = new Choice[n];
        for (int i = 0; i < n; i++) {
            second[i] = choose(ms.get(i), cues[i], cands.get(i), context(first, ms, keys, i, demonyms,
                    datelineCountry), keys[i]);
        }
        oneSensePerName(second, cues, keys);
        List<Resolved> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Choice c = second[i];
            // a qualifying state ("Paris, Texas") is a place of the article too
            if (cues[i].person()) {
                continue;
            }
            if (c.best == null || c.score < MIN_SCORE) {
                Resolved site = new EnclosingPlace(gaz, table).resolve(text, ms.get(i), ms, second(second, ms),
                        datelineCountry);
                if (site != null) {
                    out.add(site);
                }
                continue;
            }
            out.add(new Resolved(ms.get(i), c.best, c.confidence, c.reason,
                    c.best.kind().equals("region")));
        }
        Map<String, Resolved> countries = new HashMap<>();
        for (Resolved r : out) {
            if (r.candidate().kind().equals("country")) {
                countries.putIfAbsent(r.candidate().country(), r);
            }
        }
        out.addAll(DemonymMentions.find(text, ms, countries, table));
        out.sort(Comparator.comparingInt((Resolved r) -> r.mention().start()));
        return out;
    }

    /** The article's own states ("US.OH"): those of at least two confident mentions of towns, counties or states. */
    public static java.util.Set<String> homeStates(List<Resolved> rs) {
        Map<String, Integer> n = new HashMap<>();
        for (Resolved r : rs) {
            PlaceCandidate c = r.candidate();
            boolean local = c.kind().equals("city") || c.kind().equals("admin2") || c.kind().equals("admin1");
            if (local && !r.approximate() && r.confidence() >= ANCHOR_CONFIDENCE && c.admin1() != null) {
                n.merge(CandidateScorer.alpha2(c) + "." + c.admin1(), 1, Integer::sum);
            }
        }
        java.util.Set<String> out = new java.util.TreeSet<>();
        n.forEach((k, v) -> {
            if (v >= 2) {
                out.add(k);
            }
        });
        return out;
    }

    private static Map<PlaceMention, PlaceCandidate> second(Choice[] cs, List<PlaceMention> ms) {
        Map<PlaceMention, PlaceCandidate> m = new HashMap<>();
        for (int i = 0; i < cs.length; i++) {
            if (cs[i].best != null && cs[i].score >= MIN_SCORE) {
                m.put(ms.get(i), cs[i].best);
            }
        }
        return m;
    }

    static final class Choice {
        PlaceCandidate best;
        double score = Double.NEGATIVE_INFINITY;
        double confidence;
        String reason;
        final Map<String, Double> scores = new LinkedHashMap<>();
        final Map<String, PlaceCandidate> byId = new HashMap<>();
        final Map<String, String> reasons = new HashMap<>();
    }

    private Choice choose(PlaceMention m, ContextCues cue, List<PlaceCandidate> cs,
                          CandidateScorer.ArticleContext art, String key) {
        Choice ch = new Choice();
        Set<String> stateOf = new HashSet<>();
        for (PlaceCandidate c : cs) {
            if (c.kind().equals("admin1") && c.country() != null) {
                stateOf.add(c.country());
            }
        }
        for (PlaceCandidate c : cs) {
            StringBuilder why = new StringBuilder();
            double s = CandidateScorer.score(c, m, cue, art, key, stateOf, why);
            if (!ch.scores.containsKey(c.id()) || ch.scores.get(c.id()) < s) {
                ch.scores.put(c.id(), s);
                ch.byId.put(c.id(), c);
                ch.reasons.put(c.id(), why.toString());
            }
        }
        pick(ch);
        return ch;
    }

    private static void pick(Choice ch) {
        ch.best = null;
        ch.score = Double.NEGATIVE_INFINITY;
        for (var e : ch.scores.entrySet()) {
            if (e.getValue() > ch.score) {
                ch.score = e.getValue();
                ch.best = ch.byId.get(e.getKey());
                ch.reason = ch.reasons.get(e.getKey());
            }
        }
        double z = 0;
        for (double s : ch.scores.values()) {
            z += Math.exp(s - ch.score);
        }
        double conf = ch.best == null ? 0 : 1.0 / z;
        if (ch.score < 4.5) { // weak evidence even when it is the only reading
            conf *= 0.8;
        }
        ch.confidence = Math.round(conf * 1000) / 1000.0;
    }

    // countries already counted by the sentence cue are not counted again for the article
    private CandidateScorer.ArticleContext context(Choice[] first, List<PlaceMention> ms, String[] keys, int self,
                                                   Map<String, Integer> demonyms, String dateline) {
        Map<String, Integer> countries = new HashMap<>(demonyms);
        Map<String, Integer> admin1 = new HashMap<>();
        List<PlaceCandidate> anchors = new ArrayList<>();
        for (int i = 0; i < first.length; i++) {
            Choice c = first[i];
            if (keys[i].equals(keys[self]) || c.best == null || c.confidence < ANCHOR_CONFIDENCE || c.score < MIN_SCORE) {
                continue;
            }
            boolean sameSentence = ms.get(i).sentenceStart() == ms.get(self).sentenceStart();
            if (c.best.country() != null && !sameSentence) {
                countries.merge(c.best.country(), 1, Integer::sum);
            }
            if (c.best.kind().equals("city") || c.best.kind().equals("admin1") || c.best.kind().equals("admin2")) {
                admin1.merge(CandidateScorer.alpha2(c.best) + "." + c.best.admin1(), 1, Integer::sum);
            }
            anchors.add(c.best);
        }
        return new CandidateScorer.ArticleContext(countries, admin1, anchors, dateline);
    }

    private Map<String, Integer> demonymCounts(String text) {
        Map<String, Integer> out = new HashMap<>();
        for (Words.Token t : Words.tokens(text, 0, text.length())) {
            if (t.capitalised() && t.text().length() > 3) {
                Country c = table.byDemonym(t.text());
                if (c != null && table.byName(t.text()) == null) {
                    out.merge(c.alpha3(), 1, Integer::sum);
                }
            }
        }
        return out;
    }

    // the same name means the same place throughout, unless a mention has its own strong cue:
    // mentions of one name without such a cue take the mean of their scores
    private static void oneSensePerName(Choice[] cs, ContextCues[] cues, String[] keys) {
        Map<String, Map<String, Double>> sums = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < cs.length; i++) {
            if (!strong(cues[i]) && !cues[i].person()) { // a surname reading must not drag the place's other mentions down
                Map<String, Double> s = sums.computeIfAbsent(keys[i], k -> new HashMap<>());
                cs[i].scores.forEach((id, v) -> s.merge(id, v, Double::sum));
                counts.merge(keys[i], 1, Integer::sum);
            }
        }
        for (int i = 0; i < cs.length; i++) {
            int k = counts.getOrDefault(keys[i], 0);
            if (strong(cues[i]) || cues[i].person() || k < 2) {
                continue;
            }
            String before = cs[i].best == null ? null : cs[i].best.id();
            Map<String, Double> s = sums.get(keys[i]);
            cs[i].scores.replaceAll((id, v) -> s.get(id) / k);
            pick(cs[i]);
            if (cs[i].best != null && !cs[i].best.id().equals(before)) {
                cs[i].reason += "; as the same name elsewhere in the article";
            }
        }
    }

    private static boolean strong(ContextCues c) {
        return c.qualifier() != null || c.capital() || c.apposition() != null || !c.modifierCountries().isEmpty();
    }

    /** Groups readings into places; countries, states and regions take their canonical name. */
    public static List<Place> toPlaces(List<Resolved> rs) {
        Map<String, List<Resolved>> groups = new LinkedHashMap<>();
        for (Resolved r : rs) {
            String id = r.candidate().kind().equals("site") && r.candidate().geonameId() == null
                    ? "site:" + GeoText.key(r.candidate().name()) : r.candidate().id();
            groups.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
        }
        List<Place> out = new ArrayList<>();
        for (List<Resolved> g : groups.values()) {
            PlaceCandidate c = g.get(0).candidate();
            Resolved top = g.stream().max(Comparator.comparingDouble(Resolved::confidence)).orElseThrow();
            String name = c.name();
            if (c.kind().equals("city") && g.stream().noneMatch(r -> GeoText.key(Candidates.clean(r.mention().text()))
                    .equals(GeoText.key(c.name())))) {
                name = Candidates.clean(g.get(0).mention().text()); // the written form: "Kiev"
            }
            List<Mention> mentions = g.stream().map(r -> new Mention(r.mention().start(), r.mention().end(),
                    r.mention().text(), "NAME")).toList();
            out.add(new Place(name, c.country(), round(c.lat()), round(c.lon()), c.feature(), c.geonameId(),
                    top.confidence(), top.reason(), top.approximate(), mentions));
        }
        return out;
    }

    private static Double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
