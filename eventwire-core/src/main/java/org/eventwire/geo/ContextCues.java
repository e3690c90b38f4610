package org.eventwire.geo;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words around one mention say about it: an explicit qualifier ("Paris, Texas",
 * "Valencia (Venezuela)"), a capital pattern ("Niamey, the capital", "the Libyan capital
 * Tripoli"), country words just before it ("the Lebanese city of Tripoli", "Chile's Santiago"),
 * countries and divisions named elsewhere in its sentence, state or country vocabulary, and
 * whether it is the surname of a person ("George Washington", "President Washington").
 */
record ContextCues(Words.Ref qualifier, int qualifierEnd, boolean capital, String capitalOf,
                   Set<String> modifierCountries, Set<String> sentenceCountries,
                   Set<String> sentenceAdmin1, boolean adminCue, boolean countryCue, boolean person,
                   String apposition) {

    private static final Pattern QUAL = Pattern.compile("^(?:\\s*,\\s*|\\s*\\(\\s*|\\s+in\\s+)");
    private static final Pattern CAP_AFTER = Pattern.compile(
            "^\\s*,\\s*(?:the|its|their)\\s+(?:[\\p{L}'\u2019]+\\s+)?capital\\b(?:\\s+(?:city\\s+)?of\\s+)?");
    private static final Pattern CAP_BEFORE = Pattern.compile(
            "\\bcapital(?:\\s+city)?(?:\\s+of\\s+([\\p{L} .]+?))?\\s*,?\\s*$", Pattern.CASE_INSENSITIVE);
    // "Victoria, the Australian state", "Lagos, Nigeria's largest city"
    private static final Pattern APPOS = Pattern.compile(
            "^\\s*,\\s*(?:the|its|their|a|[\\p{Lu}][\\p{L}.]*['\u2019]s)\\s+(?:[\\p{L}'\u2019-]+\\s+){0,3}?(state|province|region|city|town|port|country|nation|capital)\\b");
    private static final Pattern ADMIN_WORDS = Pattern.compile(
            "\\b(?:[Gg]overnor|Gov\\.|[Cc]ounty|statewide|gubernatorial|state (?:legislature|senator|capital|line|lawmakers|officials|troopers|police)|[Ss]tate [Hh]ouse)\\b");
    private static final Pattern STATE_OF = Pattern.compile("\\b(?:state|province)\\s+of\\s*$|^(?:\\s+|['\u2019]s\\s+)(?:[Ss]tate|[Pp]rovince)\\b");
    private static final Pattern COUNTRY_WORDS = Pattern.compile(
            "\\b(?:country|nation|republic|ministry|parliament|prime minister|embassy|soviet|kremlin|breakaway|invasion|troops)\\b", Pattern.CASE_INSENSITIVE);

    // capitalised words that open sentences before a place without being part of its name
    static final Set<String> OPENERS = Set.of("the", "in", "at", "on", "from", "to", "for", "and",
            "but", "or", "as", "after", "before", "since", "when", "while", "meanwhile", "earlier",
            "later", "near", "outside", "inside", "across", "around", "throughout", "central",
            "northern", "southern", "eastern", "western", "downtown", "greater", "both", "all",
            "a", "an", "if", "then", "now", "today", "yesterday", "by", "with", "into", "of", "via",
            "like", "unlike", "than", "neighbouring", "neighboring", "nearby", "rural", "urban");

    static ContextCues of(String text, PlaceMention m, Gazetteer gaz, CountryTable table) {
        int ss = Math.max(0, Math.min(m.sentenceStart(), m.start()));
        int se = Math.min(text.length(), Math.max(m.sentenceEnd(), m.end()));
        String after = text.substring(m.end(), Math.min(se, m.end() + 80));
        String before = text.substring(Math.max(ss, m.start() - 80), m.start());
        Words.Ref[] ref = new Words.Ref[1];

        // qualifier: a country or division right after ", " or "(" or " in "
        Words.Ref qual = null;
        int qualEnd = -1;
        Matcher q = QUAL.matcher(after);
        if (q.find()) {
            int from = m.end() + q.end();
            List<Words.Token> toks = Words.tokens(text, from, Math.min(se, from + 40));
            if (!toks.isEmpty() && toks.get(0).start() == from) {
                int n = Words.refAt(toks, 0, text, gaz, table, ref);
                if (n > 0 && ref[0].how().equals("name") || n > 0 && ref[0].how().equals("division")) {
                    qual = ref[0];
                    qualEnd = toks.get(n - 1).end();
                }
            }
        }

        // capital patterns, with the country they name if any
        boolean capital = false;
        String capitalOf = null;
        Matcher ca = CAP_AFTER.matcher(after);
        if (ca.find()) {
            capital = true;
            capitalOf = firstRef(text, m.end() + ca.end(), se, gaz, table);
            if (capitalOf == null) {
                capitalOf = lastRef(text, m.end(), m.end() + ca.end(), gaz, table);
            }
        }
        Matcher cb = CAP_BEFORE.matcher(before);
        if (!capital && cb.find()) {
            capital = true;
            int capStart = m.start() - before.length() + cb.start();
            capitalOf = cb.group(1) != null ? refOf(cb.group(1).trim(), gaz, table)
                    : lastRef(text, Math.max(ss, capStart - 30), capStart, gaz, table);
        }

        // country words in the few words before the mention, and everything in the sentence
        Set<String> modifiers = new HashSet<>();
        Set<String> sentCountries = new HashSet<>();
        Set<String> sentAdmin = new HashSet<>();
        List<Words.Token> sent = Words.tokens(text, ss, se);
        int mentionTok = 0;
        for (int i = 0; i < sent.size(); i++) {
            if (sent.get(i).start() < m.start()) {
                mentionTok = i + 1;
            }
        }
        for (int i = 0; i < sent.size(); ) {
            Words.Token t = sent.get(i);
            int n = t.end() <= m.start() || t.start() >= m.end() ? Words.refAt(sent, i, text, gaz, table, ref) : 0;
            if (n == 0 || sent.get(i + n - 1).end() > m.start() && t.start() < m.end()) {
                i++;
                continue;
            }
            if (t.start() >= qualEnd || t.start() < m.end()) {
                sentCountries.add(ref[0].country());
                if (ref[0].admin1() != null) {
                    sentAdmin.add(ref[0].admin1());
                }
                if (i < mentionTok && mentionTok - (i + n) <= 4) {
                    modifiers.add(ref[0].country());
                }
            }
            i += n;
        }

        boolean person = false;
        // a mention inside a token ("U.S.-Mexico") has no word before it to read
        if (mentionTok > 0 && sent.get(mentionTok - 1).end() <= m.start()) {
            Words.Token prev = sent.get(mentionTok - 1);
            String gap = text.substring(prev.end(), m.start());
            String low = prev.text().toLowerCase(Locale.ROOT);
            if (gap.matches("\\.?\\s") && prev.capitalised()) {
                boolean placeWord = Words.ref(prev.text(), gaz, table) != null || gaz.contains(GeoText.key(prev.text()));
                person = Words.HONORIFICS.contains(low) || !placeWord && !OPENERS.contains(low);
            }
        }
        String apposition = null;
        Matcher ap = APPOS.matcher(after);
        if (ap.find()) {
            apposition = ap.group(1).toLowerCase(Locale.ROOT);
            List<Words.Token> at = Words.tokens(text, m.end(), m.end() + ap.end());
            for (int i = 0; i < at.size(); i++) {
                if (Words.refAt(at, i, text, gaz, table, ref) > 0) {
                    modifiers.add(ref[0].country());
                }
            }
        }
        String sentence = text.substring(ss, se);
        boolean adminCue = ADMIN_WORDS.matcher(sentence).find() || STATE_OF.matcher(before).find()
                || STATE_OF.matcher(after).find();
        boolean countryCue = COUNTRY_WORDS.matcher(sentence).find();
        return new ContextCues(qual, qualEnd, capital, capitalOf, modifiers, sentCountries, sentAdmin,
                adminCue, countryCue, person, apposition);
    }

    private static String refOf(String phrase, Gazetteer gaz, CountryTable table) {
        Words.Ref r = Words.ref(phrase, gaz, table);
        return r == null ? null : r.country();
    }

    private static String firstRef(String text, int from, int to, Gazetteer gaz, CountryTable table) {
        List<Words.Token> toks = Words.tokens(text, from, Math.min(to, from + 40));
        Words.Ref[] r = new Words.Ref[1];
        return !toks.isEmpty() && Words.refAt(toks, 0, text, gaz, table, r) > 0 ? r[0].country() : null;
    }

    private static String lastRef(String text, int from, int to, Gazetteer gaz, CountryTable table) {
        List<Words.Token> toks = Words.tokens(text, from, to);
        Words.Ref[] r = new Words.Ref[1];
        String found = null;
        for (int i = 0; i < toks.size(); i++) {
            if (Words.refAt(toks, i, text, gaz, table, r) > 0) {
                found = r[0].country();
            }
        }
        return found;
    }
}
