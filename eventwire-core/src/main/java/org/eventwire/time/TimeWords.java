package org.eventwire.time;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words time expressions are made of (lower case): months, weekdays, numbers, units,
 * seasons, parts of the day. Immutable lexicons, read by the pattern families of {@link TimeTagger}.
 */
final class TimeWords {
    static final Map<String, Integer> MONTHS = months();
    static final Map<String, Integer> WEEKDAYS = Map.of("monday", 1, "tuesday", 2, "wednesday", 3, "thursday", 4,
            "friday", 5, "saturday", 6, "sunday", 7);
    /** Unit words to their TIMEX3 letter: D, W, M, Y, DE (ten years), CE (a century), Q, H, MIN, S, WE. */
    static final Map<String, String> UNITS = units();
    static final Map<String, String> SEASONS = Map.of("spring", "SP", "summer", "SU", "autumn", "FA", "fall", "FA",
            "winter", "WI");
    static final Map<String, String> DAY_PARTS = Map.of("morning", "MO", "afternoon", "AF", "evening", "EV",
            "night", "NI", "overnight", "NI", "tonight", "NI");
    static final Map<String, Integer> NUMBERS = numbers();
    static final Map<String, Integer> ORDINALS = ordinals();
    /** Vague quantities: "several years" is PXY. */
    static final Set<String> VAGUE = Set.of("several", "few", "many", "some", "numerous", "couple", "recent",
            "coming", "ensuing", "subsequent", "successive", "consecutive");
    static final Map<String, Integer> DECADE_WORDS = Map.of("twenties", 2, "thirties", 3, "forties", 4, "fifties", 5,
            "sixties", 6, "seventies", 7, "eighties", 8, "nineties", 9);

    private TimeWords() {
    }

    static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }

    /** The month of a word ("Sept.", "sep", "September"), or 0. */
    static int month(String lower) {
        Integer m = MONTHS.get(lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower);
        return m == null ? 0 : m;
    }

    /** The unit of a word, singular or plural ("years", "year"), or null. */
    static String unit(String lower) {
        String u = UNITS.get(lower);
        if (u == null && lower.endsWith("s")) {
            u = UNITS.get(lower.substring(0, lower.length() - 1));
        }
        if (u == null && lower.endsWith("ies")) {
            u = UNITS.get(lower.substring(0, lower.length() - 3) + "y");
        }
        return u;
    }

    static boolean plural(String lower) {
        return lower.endsWith("s") && !UNITS.containsKey(lower);
    }

    /** A cardinal written in digits (commas allowed) or a number word up to the nineties; -1 when none. */
    static int cardinal(String lower) {
        Integer n = NUMBERS.get(lower);
        if (n != null) {
            return n;
        }
        if (lower.isEmpty() || lower.length() > 7) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == ',' && i > 0) {
                continue;
            }
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Letters only (a word, not punctuation or a number). */
    static boolean alphabetic(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLetter(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean digits(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) < '0' || w.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new HashMap<>();
        String[] full = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        for (int i = 0; i < 12; i++) {
            m.put(full[i], i + 1);
            m.put(full[i].substring(0, 3), i + 1);
        }
        m.put("sept", 9);
        return Map.copyOf(m);
    }

    private static Map<String, String> units() {
        Map<String, String> m = new HashMap<>();
        m.put("day", "D");
        m.put("week", "W");
        m.put("month", "M");
        m.put("year", "Y");
        m.put("decade", "DE");
        m.put("century", "CE");
        m.put("quarter", "Q");
        m.put("hour", "H");
        m.put("minute", "MIN");
        m.put("second", "S");
        m.put("weekend", "WE");
        m.put("fortnight", "2W");
        return Map.copyOf(m);
    }

    private static Map<String, Integer> numbers() {
        Map<String, Integer> m = new HashMap<>();
        String[] ones = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < ones.length; i++) {
            m.put(ones[i], i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            m.put(tens[i], 20 + 10 * i);
        }
        m.put("a", 1);
        m.put("an", 1);
        m.put("hundred", 100);
        m.put("dozen", 12);
        return Map.copyOf(m);
    }

    private static Map<String, Integer> ordinals() {
        Map<String, Integer> m = new HashMap<>();
        String[] words = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                "eighteenth", "nineteenth", "twentieth", "twenty-first"};
        for (int i = 0; i < words.length; i++) {
            m.put(words[i], i + 1);
        }
        return Map.copyOf(m);
    }

    /** "3rd", "21st", "twentieth": the ordinal's number, else 0. */
    static int ordinal(String lower) {
        Integer o = ORDINALS.get(lower);
        if (o != null) {
            return o;
        }
        int n = lower.length();
        if (n >= 3 && n <= 4 && (lower.endsWith("st") || lower.endsWith("nd") || lower.endsWith("rd")
                || lower.endsWith("th")) && digits(lower.substring(0, n - 2))) {
            return Integer.parseInt(lower.substring(0, n - 2));
        }
        return 0;
    }
}
