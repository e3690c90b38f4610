package org.eventwire.store.story;

import java.time.LocalDate;
import java.util.Locale;
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
 * <li>places within {@link #RADIUS_KM} km, or of the same name, when both are known, and no
 * two different countries.</li>
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

    /** Same code, one extending the other (USA and USAGOV), or either unknown. */
    public static boolean actorsCompatible(String a, String b) {
        String x = norm(a);
        String y = norm(b);
        return x.isEmpty() || y.isEmpty() || x.startsWith(y) || y.startsWith(x);
    }

    static boolean placesCompatible(MergeRule.Loc a, MergeRule.Loc b) {
        if (a == null || b == null) {
            return true;
        }
        String ca = norm(a.country());
        String cb = norm(b.country());
        if (!ca.isEmpty() && !cb.isEmpty() && !ca.equals(cb)) {
            return false;
        }
        if (a.hasPoint() && b.hasPoint()) {
            return org.eventwire.store.MergeRule.distanceKm(a, b) <= RADIUS_KM
                    || MergeRule.samePlace(a, b);
        }
        return true;
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
    }
}
