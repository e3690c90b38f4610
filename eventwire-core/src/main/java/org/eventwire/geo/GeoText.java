package org.eventwire.geo;

import java.text.Normalizer;

/** Lookup keys for place names: case, diacritics, dots, apostrophes and a leading "the" ignored. */
public final class GeoText {

    private GeoText() {
    }

    /** "the U.S." and "US" give "us"; "Côte d'Ivoire" gives "cote divoire". */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (c == '.' || c == '\'' || c == '\u2019' || c == '\u2018' || c == '`'
                    || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                continue; // dots, apostrophes and accents vanish
            }
            if (Character.isWhitespace(c) || c == '-' || c == '_' || c >= '\u2010' && c <= '\u2015') {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(Character.toLowerCase(c));
        }
        if (b.length() > 4 && b.charAt(0) == 't' && b.charAt(1) == 'h' && b.charAt(2) == 'e' && b.charAt(3) == ' ') {
            return b.substring(4);
        }
        return b.toString();
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
