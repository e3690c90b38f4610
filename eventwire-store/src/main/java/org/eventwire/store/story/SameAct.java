package org.eventwire.store.story;

import java.time.LocalDate;
import java.util.Locale;
import org.eventwire.store.MergeRule;

/**
 * When two coded events of one story are the same act, told by different reports. Inside a
 * story the reports already agree on what happened, so the test is looser than the store-wide
 * {@link MergeRule}:
 * <ol>
 * <li>compatible codes: the same CAMEO root (a specific code and the general code of its
 * family share it);</li>
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
        String ra = MergeRule.cameoRoot(a.cameo());
        if (ra == null || !ra.equals(MergeRule.cameoRoot(b.cameo()))) {
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
