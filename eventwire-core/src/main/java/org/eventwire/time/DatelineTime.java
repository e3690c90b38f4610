package org.eventwire.time;

import org.eventwire.model.Dateline;
import org.eventwire.model.TimeExpression;

import java.util.ArrayList;
import java.util.List;

/**
 * The date written in the wire dateline ("JOHANNESBURG, August 7 (Xinhua) --") as a time
 * expression: the NLP stages never see the dateline (it is metadata, blanked out for them), but
 * its date is a time the text states. Its value is the dateline's date, whose year the dateline
 * parser already settled.
 */
final class DatelineTime {
    private DatelineTime() {
    }

    static List<TimeExpression> of(Dateline d, String text) {
        if (d == null || d.date() == null || d.evidence() == null || d.evidence().end() > text.length()) {
            return List.of();
        }
        List<TimeTokens.Token> tokens = words(text, d.evidence().start(), d.evidence().end());
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression t : new TimeTagger(d.date()).tag(tokens, text)) {
            String v = t.value();
            if (v.length() == 10 && v.regionMatches(4, d.date(), 4, 6)) {
                out.add(new TimeExpression(t.text(), t.start(), t.end(), d.date(), "DATE", null));
            }
        }
        return out;
    }

    /** Words (letters, digits, apostrophes, an abbreviation's point) and single punctuation marks. */
    static List<TimeTokens.Token> words(String text, int from, int to) {
        List<TimeTokens.Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int j = i;
            while (j < to && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '\'')) {
                j++;
            }
            if (j > i && j < to && text.charAt(j) == '.' && Character.isLetter(text.charAt(i))) {
                j++;   // "Aug."
            }
            if (j == i) {
                j = i + 1;
            }
            String w = text.substring(i, j);
            out.add(new TimeTokens.Token(w, Character.isUpperCase(c) ? "NNP" : "", i, j));
            i = j;
        }
        return out;
    }
}
