package org.eventwire.geo;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores one candidate of one mention: a prior from the kind of place, its population and
 * feature code, plus what the context says. Each fired feature is appended to the reason.
 */
final class CandidateScorer {
    /** What the rest of the article says: countries and divisions of confident mentions, with counts. */
    record ArticleContext(Map<String, Integer> countries, Map<String, Integer> admin1,
                          List<PlaceCandidate> anchors, String dateline) {
    }

    /** Towns below this population yield to the state of their country whose name they bear. */
    static final int SMALL_TOWN = 100_000;

    private CandidateScorer() {
    }

    private static boolean yieldsToState(PlaceCandidate c) {
        return c.kind().equals("admin2") || c.kind().equals("city") && c.population() < SMALL_TOWN;
    }

    static double prior(PlaceCandidate c, String nerTag) {
        double p = switch (c.kind()) {
            case "country" -> 7.5;
            case "region" -> 6.0;
            case "admin1" -> 5.0;
            case "admin2" -> 4.5 - (c.alternate() ? 1.5 : 0); // a bare "Rapides" is rarely the parish
            default -> Math.log10(c.population() + 10.0) + switch (c.featureCode()) {
                case "PPLC" -> 1.5;
                case "PPLA" -> 1.0;
                case "PPLA2" -> 0.3;
                default -> 0.0;
            };
        };
        if (c.alternate()) {
            p -= 0.5; // kept only for big places: mostly exonyms ("Geneva")
        }
        if (nerTag != null) {
            boolean fits = switch (nerTag) {
                case "COUNTRY" -> c.kind().equals("country");
                case "CITY" -> c.kind().equals("city");
                case "STATE_OR_PROVINCE" -> c.kind().equals("admin1");
                default -> false;
            };
            p += fits ? 1.0 : 0.0;
        }
        return p;
    }

    /**
     * Scores c; stateOf holds the countries of which the mention names a first-level division
     * (the admin1 readings among its candidates).
     */
    static double score(PlaceCandidate c, PlaceMention m, ContextCues cues, ArticleContext art,
                        String selfKey, Set<String> stateOf, StringBuilder why) {
        double s = prior(c, m.nerTag());
        why.append(c.kind()).append(c.population() > 0 ? " of population " + c.population() : "");
        if (c.alternate()) {
            why.append(" (alternate name)");
        }
        String cc = c.country();
        boolean place = c.kind().equals("city") || c.kind().equals("site") || c.kind().equals("admin2");
        if (cues.person()) {
            s -= 10;
            why.append("; looks like a person's name");
        }
        Words.Ref q = cues.qualifier();
        if (q != null && !c.kind().equals("country")) {
            boolean adminMatch = q.admin1() != null && place && q.admin1().equals(alpha2(c) + "." + c.admin1());
            if (adminMatch || q.admin1() == null && q.country().equals(cc)) {
                s += 8;
                why.append("; qualified by ").append(q.admin1() != null ? q.admin1() : q.country());
            } else if (q.admin1() != null && q.country().equals(cc)) {
                s += 2;
            } else {
                s -= 4;
            }
        }
        if (c.kind().equals("city") && q == null && CountryTable.get().byName(c.name()) != null) {
            s -= 3; // "Lebanon", "Italy": the country unless a state is named with the town
            why.append("; shares a country's name");
        }
        // "Oregon" is the state, not Oregon, Ohio, nor a county; its own state's name says nothing for it
        boolean yields = yieldsToState(c) && c.country() != null && stateOf.contains(c.country());
        if (yields) {
            s -= 3;
            why.append("; a state's name");
        }
        if (cues.capital()) {
            if (place && "PPLC".equals(c.featureCode())) {
                s += 4;
                why.append("; named as a capital");
            } else if (place && "PPLA".equals(c.featureCode())) {
                s += 1.5;
            } else if (!place) {
                s -= 3;
            }
            if (cues.capitalOf() != null && cues.capitalOf().equals(cc)) {
                s += 5;
                why.append(" of ").append(cc);
            }
        }
        if (cc != null && cues.modifierCountries().contains(cc) && !c.kind().equals("country")) {
            s += 5;
            why.append("; preceded by ").append(cc).append(" words");
        } else if (cc != null && cues.sentenceCountries().contains(cc)) {
            s += 1.5 / cues.sentenceCountries().size(); // "US and Russian diplomats in Geneva" says less
            why.append("; sentence names ").append(cc);
        }
        if (place && !yields && cues.sentenceAdmin1().contains(alpha2(c) + "." + c.admin1())) {
            s += 3;
            why.append("; sentence names its state");
        }
        if (cues.apposition() != null) {
            String want = switch (cues.apposition()) {
                case "state", "province", "region" -> "admin1";
                case "country", "nation" -> "country";
                default -> "city";
            };
            if (want.equals(c.kind())) {
                s += 3;
                why.append("; described as a ").append(cues.apposition());
            }
        }
        if (cues.adminCue() && c.kind().equals("admin1")) {
            s += 3;
            why.append("; state vocabulary");
        }
        if (cues.countryCue() && c.kind().equals("country")) {
            s += 1.5;
            why.append("; country vocabulary");
        }
        Integer n = cc == null ? null : art.countries().get(cc);
        if (n != null && n > 0) {
            s += Math.min(3, n);
            why.append("; article names ").append(cc).append(" ").append(n).append("x");
        }
        Integer na = place && !yields ? art.admin1().get(alpha2(c) + "." + c.admin1()) : null;
        if (na != null && na > 0) {
            s += 2;
            why.append("; article names places in its state");
        }
        if (cc != null && cc.equals(art.dateline())) {
            s += 1;
            why.append("; dateline ").append(cc);
        }
        double near = nearness(c, art.anchors(), selfKey);
        if (near > 0) {
            s += near;
            why.append("; near other places in the article");
        }
        return s;
    }

    // coherence: close to places resolved with confidence elsewhere in the article
    private static double nearness(PlaceCandidate c, List<PlaceCandidate> anchors, String selfKey) {
        double best = 0;
        for (PlaceCandidate a : anchors) {
            if (a.id().equals(c.id()) || GeoText.key(a.name()).equals(selfKey) || a.kind().equals("country")
                    || a.kind().equals("region")) {
                continue;
            }
            double km = GeoText.km(a.lat(), a.lon(), c.lat(), c.lon());
            best = Math.max(best, km < 60 ? 3.0 : km < 300 ? 2.0 : km < 1000 ? 1.0 : 0);
        }
        return best;
    }

    static String alpha2(PlaceCandidate c) {
        Country country = CountryTable.get().byAlpha3(c.country());
        return country == null ? "" : country.alpha2();
    }
}
