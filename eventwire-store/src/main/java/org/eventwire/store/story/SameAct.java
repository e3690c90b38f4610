package org.eventwire.store.story;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.eventwire.geo.Country;
import org.eventwire.model.EventActor;
import org.eventwire.geo.CountryTable;
import org.eventwire.store.MergeRule;
import org.eventwire.store.MinHash;

/**
 * When two coded events of one story are the same act, told by different reports. Inside a
 * story the reports already agree on what happened, so the test is looser than the store-wide
 * {@link MergeRule}:
 * <ol>
 * <li>compatible codes: the same CAMEO root, and one code a more specific form of the other
 * or the root's general code ({@link #codesCompatible});</li>
 * <li>compatible actors, for source and target each ({@link #actorsCompatible(Actor, Actor)}):
 * the same country and role, where a country or role one report does not know counts as
 * unknown, and unknown agrees with anything; one named entity is one actor whatever its codes;</li>
 * <li>the same negated and hypothetical flags;</li>
 * <li>dates at most {@link #DATE_WINDOW_DAYS} apart when both are known;</li>
 * <li>places within {@link #RADIUS_KM} km, or of the same name, or one of them an area that
 * holds the other (a whole country, a region), when both are known, and no two different
 * countries ({@link #placesCompatible(Act, Act)}).</li>
 * </ol>
 * Pure: no I/O.
 */
public final class SameAct {
    public static final int DATE_WINDOW_DAYS = 2;
    public static final double RADIUS_KM = 50.0;
    /** How far from a region's centre its towns may lie: most states and provinces fit. */
    public static final double REGION_RADIUS_KM = 600.0;

    /** A place's feature as the analyser gave it: a region (state, province, sea) holds places. */
    public static final String REGION = "region";
    /** A place whose point is that of an enclosing place, or a guess: its name was not in the gazetteer. */
    public static final String APPROXIMATE = "approximate";
    /**
     * A place the analyser took from a name found somewhere in the event's sentence, not from a
     * locative ("in Athens") nor from the event's clause: often a people's adjective ("Somali
     * pirates" gives Somalia for a capture at sea) or a side mention. It says nothing, like an
     * approximate place.
     */
    public static final String INFERRED = "inferred";
    /** How the analyser's event place locator opens the reason of such a place. */
    static final String SENTENCE_NAMES = "the sentence names ";
    /**
     * A place the analyser took from the text before the event's sentence: the setting of the
     * report, not the spot of this act (the shooting in one district, the arrest in the next).
     * Only its country counts.
     */
    public static final String CONTEXT = "context";
    /** How the locator opens the reason of such a place. */
    static final String NAMED_BEFORE = "named just before the event's sentence";

    private SameAct() {
    }

    /**
     * An actor as this rule sees it: its code, the name the report gave it, and whether the
     * analyser found it as a named entity (a person or an organisation, not "pirates").
     */
    public record Actor(String code, String name, boolean entity) {
        public static Actor of(String code) {
            return new Actor(code, null, false);
        }
    }

    /** An event as this rule sees it; placeKind is {@link #REGION}, {@link #APPROXIMATE}, {@link #INFERRED}, {@link #CONTEXT} or null. */
    public record Act(String cameo, Actor source, Actor target, boolean negated,
                      boolean hypothetical, LocalDate date, MergeRule.Loc loc, String placeKind) {
        public Act(String cameo, String source, String target, boolean negated, boolean hypothetical,
                   LocalDate date, MergeRule.Loc loc) {
            this(cameo, Actor.of(source), Actor.of(target), negated, hypothetical, date, loc, null);
        }
    }

    /**
     * The place kind SameAct reads: {@link #APPROXIMATE} when the stored place is approximate,
     * else {@link #INFERRED} when the event's place reason says the sentence merely names it,
     * else {@link #CONTEXT} when it was named before the event's sentence, else the stored kind
     * ({@link #REGION} or null).
     */
    public static String placeKind(String storedKind, String locationReason) {
        if (APPROXIMATE.equals(storedKind)) {
            return APPROXIMATE;
        }
        if (locationReason != null && locationReason.startsWith(SENTENCE_NAMES)) {
            return INFERRED;
        }
        if (locationReason != null && locationReason.startsWith(NAMED_BEFORE)) {
            return CONTEXT;
        }
        return storedKind;
    }

    public static boolean same(Act a, Act b) {
        if (!codesCompatible(a.cameo(), b.cameo())) {
            return false;
        }
        if (a.negated() != b.negated() || a.hypothetical() != b.hypothetical()) {
            return false;
        }
        if (!actorsCompatible(a.source(), b.source()) || !actorsCompatible(a.target(), b.target())) {
            return false;
        }
        if (a.date() != null && b.date() != null
                && Math.abs(a.date().toEpochDay() - b.date().toEpochDay()) > DATE_WINDOW_DAYS) {
            return false;
        }
        return placesCompatible(a, b);
    }

    /**
     * Same root, and the same act: one code a more specific form of the other (19 and 193,
     * 173 and 1731), or one of them the root's general code (190, "fight, not specified"),
     * which a report uses when it does not say how. Two specific codes of one root (173
     * arrest, 174 expel) are two acts.
     */
    public static boolean codesCompatible(String a, String b) {
        String ra = MergeRule.cameoRoot(a);
        if (ra == null || !ra.equals(MergeRule.cameoRoot(b))) {
            return false;
        }
        String x = a.strip();
        String y = b.strip();
        return x.startsWith(y) || y.startsWith(x) || general(x) || general(y);
    }

    private static boolean general(String code) {
        return code.length() == 2 || code.length() == 3 && code.endsWith("0");
    }

    /** Codes only, no names: see {@link #actorsCompatible(Actor, Actor)}. */
    public static boolean actorsCompatible(String a, String b) {
        return actorsCompatible(Actor.of(a), Actor.of(b));
    }

    /**
     * The same country and the same role (one role a more specific form of the other), where
     * unknown agrees with anything. Unknown are: a missing code; the country of "---COP"
     * ("police", no country named); the role of a pronoun ("they", "it": coreference gives the country,
     * the role is the coder's guess); the whole of an actor the coder implied ({@link #implied});
     * and the whole of a bare country code ("USA" for "an
     * American", "Somali pirates" in one report and "Ethiopian" in another): a people, not an
     * acting body, whose nationality reports of one happening often disagree on; a named
     * entity's bare country is kept ("Kofi Mensah", GHA).
     */
    public static boolean actorsCompatible(Actor a, Actor b) {
        if (sameName(a, b)) {
            return true; // one person coded two ways ("Gigante" USAGOV, "Vincent Gigante" MCOGOV)
        }
        String[] x = parts(a);
        String[] y = parts(b);
        boolean country = x[0].isEmpty() || y[0].isEmpty() || x[0].equals(y[0]);
        boolean role = x[1].isEmpty() || y[1].isEmpty() || x[1].startsWith(y[1]) || y[1].startsWith(x[1]);
        return country && role;
    }

    /**
     * Two named entities one of whose names holds every word of the other ("Gigante" and
     * "Vincent Gigante"; not "Fred LaRue" and "Ike LaRue"): one person or body, whatever codes
     * the two reports gave it.
     */
    static boolean sameName(Actor a, Actor b) {
        if (a == null || b == null || !a.entity() || !b.entity()) {
            return false;
        }
        Set<String> x = words(a.name());
        Set<String> y = words(b.name());
        return !x.isEmpty() && !y.isEmpty() && (x.containsAll(y) || y.containsAll(x));
    }

    private static Set<String> words(String name) {
        return name == null ? Set.of() : new TreeSet<>(MinHash.words(name));
    }

    private static final String NO_COUNTRY = "---";
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you",
            "him", "her", "them", "us", "who", "which", "that", "this", "these", "those");

    /**
     * An actor the coder implied, not the text: "pirates were arrested" gives "unnamed police of"
     * the article's country (AgentlessPassive, AttackNounSubject name them so). Both its country
     * and its role are guesses (the navy made the arrest), so it counts as unknown.
     */
    private static boolean implied(Actor a) {
        return a != null && !a.entity() && a.name() != null && a.name().startsWith(EventActor.UNNAMED);
    }

    private static boolean pronoun(Actor a) {
        return a.name() != null && PRONOUNS.contains(a.name().strip().toLowerCase(Locale.ROOT));
    }

    /** {country or "", role or ""}. */
    private static String[] parts(Actor a) {
        String code = a == null ? "" : norm(a.code());
        if (implied(a)) {
            return new String[] {"", ""};
        }
        if (code.length() <= 3) {
            // unknown, or a bare country: a people ("Somali"), unless a named entity ("Tony Blair", GBR)
            return new String[] {a != null && a.entity() && code.length() == 3 && !code.equals(NO_COUNTRY) ? code : "", ""};
        }
        String country = code.substring(0, 3);
        String role = code.substring(3);
        if (country.equals(NO_COUNTRY)) {
            country = "";
        }
        if (pronoun(a)) {
            role = "";
        }
        return new String[] {country, role};
    }

    /** Places only, as {@link #placesCompatible(Act, Act)} with no feature known. */
    public static boolean placesCompatible(MergeRule.Loc a, MergeRule.Loc b) {
        return placesCompatible(a, null, b, null);
    }

    public static boolean placesCompatible(Act a, Act b) {
        return placesCompatible(a.loc(), a.placeKind(), b.loc(), b.placeKind());
    }

    /**
     * No conflict between two known places: an approximate place (a name the gazetteer lacks,
     * placed at a guessed enclosing place) or one the sentence merely names says nothing, not
     * even its country; else the same country, and one of them an area holding the other (a
     * whole country, a region: "Michigan" and "Detroit") or a place of the report's setting
     * ({@link #CONTEXT}), or points within the radius, or one name.
     */
    static boolean placesCompatible(MergeRule.Loc a, String kindA, MergeRule.Loc b, String kindB) {
        if (a == null || b == null || APPROXIMATE.equals(kindA) || APPROXIMATE.equals(kindB)
                || INFERRED.equals(kindA) || INFERRED.equals(kindB)) {
            return true;
        }
        String ca = norm(a.country());
        String cb = norm(b.country());
        if (!ca.isEmpty() && !cb.isEmpty() && !ca.equals(cb)) {
            return false;
        }
        if (wholeCountry(a) || wholeCountry(b)) {
            return true; // "in Greece" holds "in Athens": one report names the country, another the city
        }
        if (CONTEXT.equals(kindA) || CONTEXT.equals(kindB)) {
            return true; // the report's setting, not the act's spot: its country agreed
        }
        if (REGION.equals(kindA) || REGION.equals(kindB)) {
            // "Michigan" holds "Detroit", not Pittsburgh: the region's point is its centre
            return !a.hasPoint() || !b.hasPoint() || MergeRule.distanceKm(a, b) <= REGION_RADIUS_KM;
        }
        if (a.hasPoint() && b.hasPoint()) {
            return MergeRule.distanceKm(a, b) <= RADIUS_KM || MergeRule.samePlace(a, b);
        }
        return true;
    }

    /** A place that is a whole country, named as such ("Greece") or by its people ("Greek"). */
    static boolean wholeCountry(MergeRule.Loc l) {
        if (l.name() == null || l.name().isBlank()) {
            return false;
        }
        CountryTable t = CountryTable.get();
        Country c = t.byName(l.name());
        if (c == null) {
            c = t.byDemonym(l.name());
        }
        return c != null && (l.country() == null || l.country().isBlank() || c.alpha3().equalsIgnoreCase(l.country()));
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
    }
}
