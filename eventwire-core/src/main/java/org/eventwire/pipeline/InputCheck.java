package org.eventwire.pipeline;

/**
 * Decides whether a text can be analysed at all, with a one-line reason when not: empty,
 * binary, badly decoded or too long ({@link #problem}), or not English ({@link #notEnglish}, from
 * {@link LanguageId}). Cheap: it runs before the NLP models.
 */
public final class InputCheck {
    /** Longest article we analyse; beyond this one item would hold a thread for minutes. */
    public static final int MAX_CHARS = 500_000;

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

    /** Null for English text, else why it is declined (not failed): "not English: Portuguese (pt, ...)". */
    public static String notEnglish(TextLanguage language) {
        if (language.isEnglish()) {
            return null;
        }
        return "not English: " + LanguageId.displayName(language.code()) + " (" + language.code()
                + ", confidence " + language.confidence() + ")";
    }
}
