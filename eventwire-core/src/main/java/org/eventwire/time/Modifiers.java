package org.eventwire.time;

/**
 * Words before a time expression that make its TIMEX3 mod: "early 1998" (START), "the end of
 * the year" (END), "mid-1990s" (MID), "about three years" (APPROX), "more than a decade"
 * (MORE_THAN), "less than a week" (LESS_THAN), "at least 72 hours" (EQUAL_OR_MORE), "up to two
 * years" (EQUAL_OR_LESS). Quantity modifiers only join lengths; position modifiers only dates.
 */
final class Modifiers {
    /** A modifier over parts [from, to) with its mod; quantity says whether it belongs to a length. */
    record Prefix(int to, String mod, boolean quantity) {
    }

    private Modifiers() {
    }

    static Prefix at(TimeTokens t, int i) {
        String w = t.lower[i];
        switch (w) {
            case "early", "earlier":
                return new Prefix(t.isAny(i + 1, "on", "in") ? i + 2 : i + 1, "START", false);
            case "late", "later":
                return new Prefix(t.isAny(i + 1, "on", "in") ? i + 2 : i + 1, "END", false);
            case "mid", "middle":
                return new Prefix(t.is(i + 1, "of") ? i + 2 : i + 1, "MID", false);
            case "about", "around", "approximately", "roughly", "some":
                return new Prefix(i + 1, "APPROX", true);
            case "nearly", "almost", "under":
                return new Prefix(i + 1, "LESS_THAN", true);
            case "over":
                return new Prefix(i + 1, "MORE_THAN", true);
            case "within":
                return new Prefix(i + 1, "EQUAL_OR_LESS", true);
            default:
                break;
        }
        if ((w.equals("more") || w.equals("longer")) && t.is(i + 1, "than")) {
            return new Prefix(i + 2, "MORE_THAN", true);
        }
        if ((w.equals("less") || w.equals("fewer") || w.equals("shorter")) && t.is(i + 1, "than")) {
            return new Prefix(i + 2, "LESS_THAN", true);
        }
        if (w.equals("at") && t.is(i + 1, "least")) {
            return new Prefix(i + 2, "EQUAL_OR_MORE", true);
        }
        if (w.equals("at") && t.is(i + 1, "most") || w.equals("up") && t.is(i + 1, "to")
                || w.equals("no") && t.is(i + 1, "more") && t.is(i + 2, "than")) {
            return new Prefix(w.equals("no") ? i + 3 : i + 2, "EQUAL_OR_LESS", true);
        }
        if (w.equals("the") && t.isAny(i + 1, "end", "beginning", "start", "middle", "close") && t.is(i + 2, "of")) {
            String mod = t.isAny(i + 1, "end", "close") ? "END" : t.is(i + 1, "middle") ? "MID" : "START";
            return new Prefix(i + 3, mod, false);
        }
        return null;
    }

    static boolean fits(Prefix p, TimeMatch m, TimeTokens t) {
        if (p.quantity() && !counted(t, p.to())) {
            return false;   // "over the past four months": a preposition, not "more than"
        }
        boolean length = m.type().equals("DURATION");
        String v = m.value();
        boolean ref = v.endsWith("_REF");
        return p.quantity() ? length : !length && !ref && !m.type().equals("SET");
    }

    /** A count starts at part i: "two", "24", "a", "several", "a few". */
    private static boolean counted(TimeTokens t, int i) {
        return TimeWords.cardinal(t.lower(i)) >= 0 || TimeWords.VAGUE.contains(t.lower(i));
    }
}
