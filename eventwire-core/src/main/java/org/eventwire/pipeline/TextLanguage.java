package org.eventwire.pipeline;

/**
 * The language eventwire decided a text is in: an ISO 639-1 code and a confidence in [0, 1]
 * (how far the language scored ahead of the runner-up; 0 when the text carries too little prose
 * to tell, such as a results table or wire shorthand, and is read as English).
 */
public record TextLanguage(String code, double confidence) {
    public static final String ENGLISH = "en";

    public boolean isEnglish() {
        return ENGLISH.equals(code);
    }
}
