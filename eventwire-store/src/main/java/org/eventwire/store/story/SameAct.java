package org.eventwire.store.story;

import java.time.LocalDate;
import java.util.Locale;
import org.eventwire.geo.Country;
import org.eventwire.geo.CountryTable;
import org.eventwire.store.MergeRule;

/**
 * When two coded events of one story are the same act, told by different reports. Inside a
 * story the reports already agree on what happened, so the test is looser than the store-wide
 * {@link MergeRule}:
 * <ol>
 * <li>compatible codes: the same CAMEO root, and one code a more specific form of the other
 * or the root's general code ({@link #codesCompatible});</li>
 * <li>compatible actors, for source and target each: the same code, one code a more specific
 * form of the other (same country, sector added), or one side unknown;</li>
 * <li>the same negated and hypothetical flags;</li>
 * <li>dates at most {@link #DATE_WINDOW_DAYS} apart when both are known;</li>
 * <li>places within {@link #RADIUS_KM} km, or of the same name, or one of them the whole
 * country, when both are known, and no two different countries.</li>
 * </ol>
 * Pure: no I/O.
 */
public final class SameAct {
    public static final int DATE_WINDOW_DAYS = 2;
    public static final double RADIUS_KM = 50.0;

    private SameAct() {
    }

    /** An event as this rule sees it. */
    public record Act(String cameo, String source, String target, boolean negated,
                      boolean hypothetical, LocalDate date, MergeRule.Loc loc) {
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
        return placesCompatible(a.loc(), b.loc());
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

    /**
     * Same code, one extending the other (USA and USAGOV), either unknown, or a role whose
     * country the report did not name ("---COP", police) and the same role of a known country
     * (GBRCOP): one report of the story names the country, another only "police".
     */
    public static boolean actorsCompatible(String a, String b) {
        String x = norm(a);
        String y = norm(b);
        if (x.isEmpty() || y.isEmpty() || x.startsWith(y) || y.startsWith(x)) {
            return true;
        }
        if ((x.startsWith(NO_COUNTRY) || y.startsWith(NO_COUNTRY)) && x.length() >= 3 && y.length() >= 3) {
            String rx = x.substring(3);
            String ry = y.substring(3);
            return rx.startsWith(ry) || ry.startsWith(rx);
        }
        return false;
    }

    private static final String NO_COUNTRY = "---";

    public static boolean placesCompatible(MergeRule.Loc a, MergeRule.Loc b) {
        if (a == null || b == null) {
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
        if (a.hasPoint() && b.hasPoint()) {
            return org.eventwire.store.MergeRule.distanceKm(a, b) <= RADIUS_KM
                    || MergeRule.samePlace(a, b);
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
