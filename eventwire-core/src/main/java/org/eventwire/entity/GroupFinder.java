package org.eventwire.entity;

import org.eventwire.nlp.ParsedSentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds collective actors named by role nouns: "soldiers", "the presidential guard", "security
 * forces", "Niger’s presidency". The mention spans the noun and its modifiers.
 */
final class GroupFinder {
    private GroupFinder() {
    }

    static List<RawMention> find(String text, List<ParsedSentence> sentences) {
        List<RawMention> out = new ArrayList<>();
        for (ParsedSentence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                if (!s.tag(i).startsWith("NN") || s.tag(i).startsWith("NNP") && !"O".equals(s.ner(i))) {
                    continue;
                }
                String w = s.word(i).toLowerCase(Locale.ROOT);
                if (!Lexicon.GROUP_HEADS.contains(w)) {
                    continue;
                }
                int from = i;
                for (int j = i - 1; j >= 0; j--) {
                    String rel = s.head(j) == i || s.head(j) > j && s.head(j) <= i ? s.relation(j) : "";
                    // possessive 's stays with its owner ("Niger's presidency"); "of" does not
                    boolean possessive = rel.equals("case") && s.tag(j).equals("POS");
                    if (rel.equals("amod") || rel.equals("compound") || rel.startsWith("nmod:poss") || possessive) {
                        from = j;
                    } else {
                        break;
                    }
                }
                out.add(new RawMention("GROUP", s.begin(from), s.end(i), text.substring(s.begin(from), s.end(i)),
                        "NOMINAL"));
            }
        }
        return out;
    }

    /** Groups with the same words up to a plural are one group: "presidential guard(s)". */
    static String normalise(String text) {
        String t = text.toLowerCase(Locale.ROOT).replaceAll("^(the|a|an)\\s+", "");
        t = t.replaceAll("[’']s\\b", "").replaceAll("\\s+", " ").trim();
        if (t.endsWith("s") && !t.endsWith("ss") && !t.endsWith("forces") && !t.endsWith("police")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
