package org.eventwire.coding.dict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * Country names as actor dictionary lines: the official English names and ISO alpha-3 codes
 * the JDK carries, plus our alternative names, demonyms and capitals (countries.txt).
 */
public final class CountryNames {
    private CountryNames() {
    }

    public static List<String> asActorLines() {
        List<String> out = new ArrayList<>();
        for (String a2 : Locale.getISOCountries()) {
            Locale l = new Locale("", a2);
            String a3;
            try {
                a3 = l.getISO3Country();
            } catch (MissingResourceException e) {
                continue;
            }
            if (a3.isEmpty()) {
                continue;
            }
            String name = l.getDisplayCountry(Locale.ENGLISH).replaceAll("\\(.*?\\)", "")
                    .replace("&", "and").trim();
            // "Congo - Kinshasa" is the JDK's way to tell the two Congos apart; countries.txt names them
            if (name.contains(" - ")) {
                continue;
            }
            out.add(phrase(name) + " [" + a3 + "]");
        }
        for (String line : Dictionaries.resource("countries.txt")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int c = line.indexOf(':');
            String code = line.substring(0, c).trim();
            for (String n : line.substring(c + 1).split(",")) {
                if (!n.isBlank()) {
                    out.add(phrase(n.trim()) + " [" + code + "]");
                }
            }
        }
        return out;
    }

    /** An exact (non-stem) actor phrase: words joined by "_", ending in "_". */
    static String phrase(String name) {
        String p = name.replace('\u2019', '\'').trim().replaceAll("[\\s]+", "_");
        return p + "_";
    }
}
