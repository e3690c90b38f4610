package org.eventwire.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the parts of a text that carry no case information, so that they can be recased before
 * NER: the whole article when it is all lower case (web archives) or all capitals (wire slugs,
 * telex copy), else single lines in capitals (headlines) inside normal text. Normal text yields
 * nothing, so it pays no more than this scan.
 */
public final class CaselessText {
    /** Below this share of capitalised words, a text has lost its case (normal news: 10-20%). */
    static final double LOWER_SHARE = 0.02;
    /** Above this share of words in capitals, a text is in capitals throughout. */
    static final double UPPER_SHARE = 0.8;
    /** Fewer words than this say nothing about case ("US", "UN talks"). */
    static final int MIN_WORDS = 4;
    /** A line in capitals is a headline to recase from this many words ("POLICE ARREST 12 AFTER RAID"). */
    static final int MIN_LINE_WORDS = 3;

    /** A stretch of the text [start, end) to recase. */
    public record Span(int start, int end) {
    }

    private CaselessText() {
    }

    /** The stretches to recase: the whole text, some lines, or none (ordered, disjoint). */
    public static List<Span> find(String text) {
        Count all = count(text, 0, text.length());
        if (all.words >= MIN_WORDS && (all.lowerCaseless() || all.upperCaseless())) {
            return List.of(new Span(0, text.length()));
        }
        List<Span> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            Count line = count(text, start, end);
            if (line.words >= MIN_LINE_WORDS && line.upper == line.words) {
                out.add(new Span(start, end));
            }
            start = end + 1;
        }
        return out;
    }

    /** Counts of words (runs of two or more letters): all, capitalised, in capitals. */
    private record Count(int words, int capitalised, int upper) {
        boolean lowerCaseless() {
            return capitalised < LOWER_SHARE * words;
        }

        boolean upperCaseless() {
            return upper > UPPER_SHARE * words;
        }
    }

    private static Count count(String text, int from, int to) {
        int words = 0;
        int capitalised = 0;
        int upper = 0;
        int i = from;
        while (i < to) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            int ups = 0;
            while (j < to && Character.isLetter(text.charAt(j))) {
                if (Character.isUpperCase(text.charAt(j)) || Character.isTitleCase(text.charAt(j))) {
                    ups++;
                }
                j++;
            }
            // one-letter words ("a", "I") and caseless scripts say nothing
            if (j - i >= 2 && hasCase(text, i, j)) {
                words++;
                if (ups > 0) {
                    capitalised++;
                }
                if (ups == j - i) {
                    upper++;
                }
            }
            i = j;
        }
        return new Count(words, capitalised, upper);
    }

    private static boolean hasCase(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.toUpperCase(c) != Character.toLowerCase(c)) {
                return true;
            }
        }
        return false;
    }
}
