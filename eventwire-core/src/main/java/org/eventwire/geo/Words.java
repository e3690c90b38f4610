package org.eventwire.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word tokens of a text with offsets, and the lookups of phrases as country references. */
final class Words {
    // "U.S." and "D.C." stay one token; letters with inner hyphens form a word
    private static final Pattern TOKEN = Pattern.compile("(?:\\p{Lu}\\.){2,}|\\p{L}[\\p{L}\\p{M}\\-]*|\\d+");
    static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "lady",
            "lord", "president", "gen", "general", "senator", "sen", "rep", "representative",
            "governor", "gov", "coach", "judge", "justice", "king", "queen", "prince", "princess",
            "minister", "secretary", "ambassador", "mayor", "captain", "col", "colonel", "sgt",
            "professor", "prof", "pastor", "rev", "father", "sister", "brother", "aunt", "uncle",
            "actor", "actress", "singer", "rapper", "star", "player", "forward", "striker",
            "quarterback", "defender", "midfielder", "chef", "author", "director");

    record Token(int start, int end, String text) {
        boolean capitalised() {
            return Character.isUpperCase(text.charAt(0));
        }
    }

    /** A country (alpha-3) and, for a first-level division, its "CC.code". */
    record Ref(String country, String admin1, String how) {
    }

    private Words() {
    }

    static List<Token> tokens(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            out.add(new Token(m.start(), m.end(), m.group()));
        }
        return out;
    }

    /** A phrase as a country name, demonym or first-level division; null when it is none. */
    static Ref ref(String phrase, Gazetteer gaz, CountryTable table) {
        Country c = table.byName(phrase);
        if (c != null) {
            return new Ref(c.alpha3(), null, "name");
        }
        c = table.byDemonym(phrase);
        if (c != null && !phrase.equals(phrase.toLowerCase(java.util.Locale.ROOT))) {
            return new Ref(c.alpha3(), null, "demonym");
        }
        List<Admin1> as = gaz.admin1ByName(phrase);
        if (as.size() == 1) { // "Punjab" (India and Pakistan) says nothing
            Admin1 a = as.get(0);
            Country ac = table.byAlpha2(a.alpha2());
            return new Ref(ac == null ? null : ac.alpha3(), a.alpha2() + "." + a.code(), "division");
        }
        return null;
    }

    /** The longest phrase of up to four capitalised tokens starting at token i that is a ref. */
    static int refAt(List<Token> toks, int i, String text, Gazetteer gaz, CountryTable table, Ref[] out) {
        if (!toks.get(i).capitalised()) {
            return 0;
        }
        for (int n = Math.min(4, toks.size() - i); n >= 1; n--) {
            Token last = toks.get(i + n - 1);
            if (!last.capitalised()) {
                continue;
            }
            String phrase = text.substring(toks.get(i).start(), last.end());
            if (phrase.length() > 60) {
                continue;
            }
            Ref r = ref(phrase, gaz, table);
            if (r != null && r.country() != null) {
                out[0] = r;
                return n;
            }
        }
        return 0;
    }
}
