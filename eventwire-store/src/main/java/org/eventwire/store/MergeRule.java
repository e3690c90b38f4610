package org.eventwire.store;

import java.time.LocalDate;
import java.util.Locale;

/**
 * When an article-level event is the same real-world event as an already merged one. All of:
 * <ol>
 * <li>same CAMEO family (the 3-digit base code, "0211" and "021" alike; a bare root "19" is
 * "190") and so the same root;</li>
 * <li>same source and same target actor code (both absent counts as the same);</li>
 * <li>same negated and hypothetical flags (a denial is not the deed);</li>
 * <li>event dates at most {@link #DATE_WINDOW_DAYS} apart (an event with no date never
 * merges);</li>
 * <li>compatible locations: both known and the same place (same name ignoring case and
 * accents, or points within {@link #SAME_PLACE_KM} km) in the same or an unknown country; or
 * at least one unknown and both in the same country (both countries absent counts as the
 * same). Two detentions in two cities stay two events.</li>
 * </ol>
 * Among several merged events that qualify, the one with a known matching place wins, then the
 * nearest date, then the oldest.
 */
public final class MergeRule {
    public static final int DATE_WINDOW_DAYS = 1;
    public static final double SAME_PLACE_KM = 25.0;

    private MergeRule() {
    }

    /** Where an event happened, as far as the merge rule cares. */
    public record Loc(String name, String country, Double lat, Double lon) {
        public boolean known() {
            return (name != null && !name.isBlank()) || hasPoint();
        }

        public boolean hasPoint() {
            return lat != null && lon != null;
        }
    }

    /** The 3-digit base code of a CAMEO code; null for none. */
    public static String cameoBase(String cameo) {
        if (cameo == null || cameo.isBlank()) {
            return null;
        }
        String c = cameo.strip();
        if (c.length() == 2) {
            return c + "0";
        }
        return c.length() > 3 ? c.substring(0, 3) : c;
    }

    public static String cameoRoot(String cameo) {
        String base = cameoBase(cameo);
        return base == null || base.length() < 2 ? base : base.substring(0, 2);
    }

    /** Everything that must be equal for two events to merge, as one indexable string. */
    public static String mergeKey(String cameo, String sourceCode, String targetCode,
                                  boolean negated, boolean hypothetical) {
        return nz(cameoBase(cameo)) + "|" + code(sourceCode) + "|" + code(targetCode)
                + "|" + (negated ? "N" : "") + (hypothetical ? "H" : "");
    }

    public static boolean datesClose(LocalDate a, LocalDate b) {
        return a != null && b != null
                && Math.abs(b.toEpochDay() - a.toEpochDay()) <= DATE_WINDOW_DAYS;
    }

    public static boolean locationsCompatible(Loc a, Loc b) {
        boolean sameCountry = eq(a.country(), b.country());
        if (a.known() && b.known()) {
            boolean countriesAgree = sameCountry || blank(a.country()) || blank(b.country());
            return countriesAgree && samePlace(a, b);
        }
        return sameCountry;
    }

    /** Same place by name, or by points close together. */
    public static boolean samePlace(Loc a, Loc b) {
        if (!blank(a.name()) && !blank(b.name()) && norm(a.name()).equals(norm(b.name()))) {
            return true;
        }
        return a.hasPoint() && b.hasPoint()
                && Geo.haversineKm(a.lat(), a.lon(), b.lat(), b.lon()) <= SAME_PLACE_KM;
    }

    /** Great-circle distance between two located places. */
    public static double distanceKm(Loc a, Loc b) {
        return Geo.haversineKm(a.lat(), a.lon(), b.lat(), b.lon());
    }

    static String code(String c) {
        return c == null ? "" : c.strip().toUpperCase(Locale.ROOT);
    }

    private static boolean eq(String a, String b) {
        return norm(a).equals(norm(b));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String norm(String s) {
        if (s == null) {
            return "";
        }
        return java.text.Normalizer.normalize(s.strip(), java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
