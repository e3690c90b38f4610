package org.eventwire.entity;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * When two spellings name the same person or organisation in one article: accents folded
 * ("Erdogan", "Erdoğan"); a shorter form of a full name ("Tayyip Erdoğan", "John Bolton" for
 * "John R. Bolton", "Vázquez" for "Wanda Vázquez Garced"); a transliteration one letter off
 * ("Hamza bin Ladin", "Hamza bin Laden"); "State Department" for "Department of State"; and a
 * few organisations known by several names (Islamic State, ISIS, ISIL).
 */
final class NameVariants {
    /** Name particles that do not identify a person on their own. */
    private static final Set<String> PARTICLES = Set.of("bin", "ibn", "al", "el", "de", "da", "di", "del",
            "van", "von", "der", "la", "le", "du", "dos", "das", "abu", "abd", "ben", "mac", "st", "st.");
    /** Names the press uses interchangeably for one organisation. Written here. */
    private static final List<Set<String>> SAME = List.of(
            Set.of("islamic state", "isis", "isil", "daesh", "islamic state of iraq and the levant",
                    "islamic state of iraq and syria"),
            Set.of("al-qaeda", "al qaeda", "al-qaida", "al qaida", "alqaeda"),
            Set.of("hezbollah", "hizbollah", "hizballah"));

    private NameVariants() {
    }

    /** Lower case, accents removed, punctuation other than spaces dropped. */
    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("[’']s$", "").replaceAll("[^\\p{L}\\p{N} ]", " ")
                .replaceAll("\\s+", " ").trim();
    }

    /** True when the person named a (one or more words) is the person named b (longer or equal). */
    static boolean samePerson(String a, String b) {
        return sameFoldedPerson(fold(a), fold(b));
    }

    /** samePerson on names already passed through fold. */
    static boolean sameFoldedPerson(String a, String b) {
        String[] x = words(a);
        String[] y = words(b);
        if (x.length == 0 || y.length == 0) {
            return false;
        }
        if (x.length > y.length) {
            return false;
        }
        if (x.length == 1) {
            if (PARTICLES.contains(x[0]) || y.length < 2) {
                return false;
            }
            for (String w : y) {
                if (w.equals(x[0])) {
                    return true;
                }
            }
            // "Saree" for "Yahya Sarea": a transliteration of the surname, long names only
            return x[0].length() >= 5 && distance(x[0], y[y.length - 1]) <= 1;
        }
        if (x.length == y.length) {
            int total = 0;
            for (int i = 0; i < x.length; i++) {
                int d = distance(x[i], y[i]);
                if (d > 1 || d == 1 && x[i].length() < 4) {
                    return false;
                }
                total += d;
            }
            return total <= (x.length >= 3 ? 2 : 1);
        }
        // fewer words: same last word, the others found in order ("John Bolton", "John R. Bolton")
        if (!x[x.length - 1].equals(y[y.length - 1])) {
            return false;
        }
        int j = 0;
        for (int i = 0; i < x.length - 1; i++) {
            while (j < y.length - 1 && !y[j].equals(x[i])) {
                j++;
            }
            if (j >= y.length - 1) {
                return false;
            }
            j++;
        }
        return true;
    }

    /** True when a and b are one organisation: the known synonyms, or "X Department"/"Department of X". */
    static boolean sameOrganisation(String a, String b) {
        String x = fold(a);
        String y = fold(b);
        for (Set<String> s : SAME) {
            if (s.contains(x.replace('-', ' ')) || s.contains(x)) {
                if (s.contains(y) || s.contains(y.replace('-', ' '))) {
                    return true;
                }
            }
        }
        String cx = departmentFirst(x);
        String cy = departmentFirst(y);
        return !cx.equals(x) || !cy.equals(y) ? (" " + cy + " ").contains(" " + cx + " ")
                || (" " + cx + " ").contains(" " + cy + " ") : false;
    }

    /** "department of state" becomes "state department", "ministry of interior" "interior ministry". */
    private static String departmentFirst(String s) {
        return s.replaceAll("\\b(department|ministry|office) of (the )?(\\p{L}+)$", "$3 $1");
    }

    private static String[] words(String s) {
        return s.isEmpty() ? new String[0] : s.split(" ");
    }

    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return 2;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1,
                        prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
