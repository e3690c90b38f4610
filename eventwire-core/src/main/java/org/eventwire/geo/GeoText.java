package org.eventwire.geo;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Lookup keys for place names: case, diacritics, dots, apostrophes and a leading "the" ignored. */
public final class GeoText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DROP = Pattern.compile("[.'\u2019\u2018`]");
    private static final Pattern SPACE = Pattern.compile("[\\s\\-\u2010-\u2015_]+");

    private GeoText() {
    }

    /** "the U.S." and "US" give "us"; "Côte d'Ivoire" gives "cote divoire". */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = name;
        if (!isAscii(s)) {
            s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        }
        s = DROP.matcher(s.toLowerCase(java.util.Locale.ROOT)).replaceAll("");
        s = SPACE.matcher(s).replaceAll(" ").trim();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** Great-circle distance in kilometres. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2)
                + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
