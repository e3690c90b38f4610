package org.eventwire.entity;

import org.eventwire.model.Mention;
import org.eventwire.nlp.ParsedSentence;

import java.util.List;
import java.util.Set;

/**
 * Finds a person's title as the text gives it: before the name ("US Secretary of State Antony
 * Blinken", "Niger’s President Mohamed Bazoum") or in an appositive after it ("Matthew Miller,
 * State Department Spokesperson"). The title keeps its affiliation words ("US", "Niger’s",
 * "UN") because they say whose official the person is.
 */
final class TitleFinder {
    private static final Set<String> GLUE = Set.of("of", "for", "and", "'s", "’s", "-", "the");

    private TitleFinder() {
    }

    static String title(Cluster c, List<ParsedSentence> sentences, String text) {
        for (Mention m : c.mentions) {
            if (!m.kind().equals("NAME")) {
                continue;
            }
            ParsedSentence s = Sentences.at(sentences, m.start());
            if (s == null) {
                continue;
            }
            int first = s.tokenAt(m.start());
            int last = s.tokenAt(m.end() - 1);
            if (first < 0 || last < 0) {
                continue;
            }
            String t = before(s, first, text);
            if (t == null) {
                t = after(s, last, text);
            }
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static String before(ParsedSentence s, int first, String text) {
        int i = first - 1;
        while (i >= 0 && titleToken(s, i)) {
            i--;
        }
        int from = i + 1;
        while (from < first && GLUE.contains(s.word(from).toLowerCase())) {
            from++;
        }
        return from < first && hasTitleWord(s, from, first) ? text.substring(s.begin(from), s.end(first - 1)) : null;
    }

    private static String after(ParsedSentence s, int last, String text) {
        int i = last + 1;
        if (i >= s.size() || !s.word(i).equals(",")) {
            return null;
        }
        i++;
        if (i < s.size() && s.word(i).equalsIgnoreCase("the")) {
            i++;
        }
        int from = i;
        while (i < s.size() && titleToken(s, i)) {
            i++;
        }
        return i > from && hasTitleWord(s, from, i) ? text.substring(s.begin(from), s.end(i - 1)) : null;
    }

    /** Proper nouns, title words, possessives and the small words inside titles. */
    private static boolean titleToken(ParsedSentence s, int i) {
        String w = s.word(i);
        String tag = s.tag(i);
        if (Lexicon.isTitleWord(w) || GLUE.contains(w.toLowerCase())) {
            return true;
        }
        return (tag.startsWith("NNP") || tag.equals("POS")) && Character.isUpperCase(w.charAt(0))
                && !"PERSON".equals(s.ner(i));
    }

    private static boolean hasTitleWord(ParsedSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Lexicon.isTitleHead(s.word(i))) {
                return true;
            }
        }
        return false;
    }
}
