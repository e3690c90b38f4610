package org.eventwire.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the parts of a CAMEO actor code ("NGAMIL", "USAGOVLEG") that GDELT has columns for. */
final class ActorCodes {
    private static final Set<String> ISO3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
    /** CAMEO role and sector codes (CAMEO manual, chapter 2), the GDELT Type1-3 columns. */
    private static final Set<String> TYPES = Set.of("COP", "GOV", "INS", "JUD", "MIL", "OPP",
            "PTY", "REB", "SEP", "SPY", "UAF", "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI",
            "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "MNC", "NGO", "REF", "RAD", "SET", "IGO",
            "NGM");

    private ActorCodes() {
    }

    /** The country part of a code: its first three letters when they are an ISO alpha-3 code. */
    static String country(String code) {
        if (code == null || code.length() < 3) {
            return null;
        }
        String c = code.substring(0, 3).toUpperCase(Locale.ROOT);
        return ISO3.contains(c) ? c : null;
    }

    /** Up to three role codes after the country part, as GDELT's Type1Code..Type3Code. */
    static List<String> types(String code) {
        List<String> out = new ArrayList<>();
        if (code == null) {
            return out;
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        int i = country(c) != null ? 3 : 0;
        for (; i + 3 <= c.length() && out.size() < 3; i += 3) {
            String part = c.substring(i, i + 3);
            if (TYPES.contains(part)) {
                out.add(part);
            }
        }
        return out;
    }
}
