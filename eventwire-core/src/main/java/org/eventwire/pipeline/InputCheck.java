package org.eventwire.pipeline;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a text can be analysed at all, with a one-line reason when not: empty,
 * binary, badly decoded or too long ({@link #problem}), or not English ({@link #notEnglish}).
 * Cheap: it runs before any model.
 */
public final class InputCheck {
    /** Longest article we analyse; beyond this one item would hold a thread for minutes. */
    public static final int MAX_CHARS = 500_000;

    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "a", "is",
            "that", "for", "on", "was", "with", "he", "it", "as", "at", "by", "said", "from",
            "his", "her", "be", "have", "has", "are", "were", "an", "they", "this", "which",
            "not", "but", "who", "will", "their", "had", "after", "its", "we", "been", "or");

    private InputCheck() {
    }

    /** Null when the text is fine, else the reason it is not. */
    public static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "empty text";
        }
        if (text.length() > MAX_CHARS) {
            return "text too long: " + text.length() + " characters (limit " + MAX_CHARS + ")";
        }
        int control = 0;
        int replacement = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                control++;
            } else if (c == '\uFFFD') {
                replacement++;
            }
        }
        if (control > 0 && control * 100 > text.length()) {
            return "binary content: " + control + " control characters in " + text.length();
        }
        if (replacement * 50 > text.length()) {
            return "invalid text encoding: " + replacement + " undecodable characters";
        }
        return null;
    }

    /** Null for English text, else why it is not: such articles are declined, not failed. */
    public static String notEnglish(String text) {
        int words = 0;
        int english = 0;
        int latin = 0;
        int letters = 0;
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                letters++;
                if (c < 0x250) {
                    latin++;
                }
                w.append(c);
            } else if (w.length() > 0) {
                words++;
                if (ENGLISH.contains(w.toString().toLowerCase(Locale.ROOT))) {
                    english++;
                }
                w.setLength(0);
            }
        }
        if (letters >= 40 && latin * 2 < letters) {
            return "not English: the text is mostly in a non-Latin script";
        }
        if (words >= 30 && english * 100 < words * 8) {
            return "not English: only " + english + " of " + words + " words are common English words";
        }
        return null;
    }
}
