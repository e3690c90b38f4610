package org.eventwire.dateline;

import java.util.Locale;

/**
 * Month names as wire copy writes them: any case ("FEB", "FEb", "march"), abbreviated with or
 * without a point ("Sept.", "Mar"), or a full name with one typing slip ("Mach", "Febuary").
 */
final class MonthNames {
    private static final String[] FULL = {"january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december"};

    private MonthNames() {
    }

    /** 1-12, or 0 when the word is no month. */
    static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() < 3) {
            return 0;
        }
        for (int m = 0; m < 12; m++) {
            // a prefix of the full name ("mar", "sept", "febr"), at least three letters
            if (FULL[m].startsWith(w)) {
                return m + 1;
            }
        }
        if (w.length() < 4) {
            return 0;
        }
        for (int m = 0; m < 12; m++) {
            // one slip in a full name; names of four letters or fewer are too close to other words
            if (FULL[m].length() > 4 && oneEditApart(w, FULL[m])) {
                return m + 1;
            }
        }
        return 0;
    }

    /** True when one insertion, deletion, substitution or swap of neighbours turns a into b. */
    static boolean oneEditApart(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la < lb ? a.substring(i).equals(b.substring(i + 1)) : a.substring(i + 1).equals(b.substring(i));
    }
}
