package org.eventwire.pipeline;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Identifies the language of an article with Lingua's n-gram models (low-accuracy mode: trigrams
 * only, enough for article-length text), loaded once per JVM. Only prose is evidence: numbers and
 * all-capital tokens (datelines, tickers, acronyms) are dropped, and a Latin-script text with
 * fewer than {@link #MIN_WORDS} different lower-case words (results tables, "Shr 28 cts vs 22
 * cts" wire shorthand) is too thin for any n-gram model to tell: it is read as English. Another
 * language is named only when it beats English by a margin that, weighted by the words seen,
 * reaches {@link #MIN_EVIDENCE}: a few abbreviations that happen to look French are not enough.
 */
public final class LanguageId {
    /** News languages the detector chooses among; more cost load time (about 0.1 s each). */
    private static final List<String> CODES = List.of("en", "de", "fr", "es", "pt", "it", "nl", "pl",
            "cs", "sv", "da", "nb", "fi", "tr", "id", "ms", "vi", "ro", "hu", "hr", "ca", "tl", "sw",
            "ru", "uk", "bg", "sr", "ar", "fa", "ur", "he", "el", "hi", "bn", "zh", "ja", "ko", "th");
    /** Different lower-case words a Latin-script text needs before another language can be named. */
    static final int MIN_WORDS = 10;
    /** Letters a text in another script needs before its language is named. */
    private static final int MIN_LETTERS = 40;
    /**
     * Words times English's relative shortfall (Lingua's scores are ratios of log-likelihood sums,
     * so this grows like a log-likelihood ratio): 4.6 or more on the foreign pages of the
     * article-extraction set, 1.4 at most on English wire shorthand that models misread.
     */
    static final double MIN_EVIDENCE = 3.0;
    /** Words looked at: the opening of an article tells its language, and this keeps the check cheap. */
    private static final int MAX_WORDS = 200;
    /** Words of a first, cheaper look: most articles are English and it settles them. */
    private static final int FIRST_LOOK = 60;

    private static final Lazy<LanguageDetector> DETECTOR = new Lazy<>(LanguageId::build);

    private LanguageId() {
    }

    /** Loads the models now rather than on first use (for timing). */
    public static void load() {
        DETECTOR.get();
    }

    private static LanguageDetector build() {
        IsoCode639_1[] codes = CODES.stream()
                .map(c -> IsoCode639_1.valueOf(c.toUpperCase(Locale.ROOT))).toArray(IsoCode639_1[]::new);
        return LanguageDetectorBuilder.fromIsoCodes639_1(codes).withLowAccuracyMode()
                .withPreloadedLanguageModels().build();
    }

    /** The language of the text; English when the text has too little prose to tell. */
    public static TextLanguage identify(String text) {
        Evidence e = Evidence.of(text, MAX_WORDS);
        boolean otherScript = e.letters() >= MIN_LETTERS && e.latinLetters() * 2 < e.letters();
        if (!otherScript && e.distinctLowerWords() < MIN_WORDS) {
            return new TextLanguage(TextLanguage.ENGLISH, 0.0);
        }
        LanguageDetector detector = DETECTOR.get();
        SortedMap<Language, Double> scores = detector.computeLanguageConfidenceValues(e.firstWords(FIRST_LOOK));
        if (scores.isEmpty() || scores.firstKey() != Language.ENGLISH) {
            scores = detector.computeLanguageConfidenceValues(e.firstWords(MAX_WORDS));
        }
        if (scores.isEmpty()) {
            // a script none of the loaded languages is written in: not English, language unknown
            return otherScript ? new TextLanguage("und", 0.0) : new TextLanguage(TextLanguage.ENGLISH, 0.0);
        }
        Iterator<Map.Entry<Language, Double>> it = scores.entrySet().iterator();
        Map.Entry<Language, Double> top = it.next();
        double english = scores.getOrDefault(Language.ENGLISH, 0.0) / top.getValue();
        if (top.getKey() != Language.ENGLISH && e.wordCount() * (1.0 - english) < MIN_EVIDENCE) {
            return new TextLanguage(TextLanguage.ENGLISH, 0.0);
        }
        double runnerUp = it.hasNext() ? it.next().getValue() : 0.0;
        // Lingua scores relative to the best language (1.0): the gap to the runner-up is its margin
        double confidence = Math.round((1.0 - runnerUp / top.getValue()) * 1000) / 1000.0;
        return new TextLanguage(top.getKey().getIsoCode639_1().name().toLowerCase(Locale.ROOT), confidence);
    }

    /** "Portuguese" for "pt". */
    public static String displayName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() || name.equals(code) ? "an unidentified language" : name;
    }

    /** The words of a text that carry its language, with counts of its letters by script. */
    record Evidence(List<String> kept, int distinctLowerWords, int letters, int latinLetters) {
        int wordCount() {
            return kept.size();
        }

        String words() {
            return firstWords(kept.size());
        }

        String firstWords(int n) {
            return String.join(" ", kept.subList(0, Math.min(n, kept.size())));
        }

        static Evidence of(String text, int maxWords) {
            Set<String> lower = new HashSet<>();
            List<String> kept = new ArrayList<>();
            int letters = 0;
            int latin = 0;
            int start = -1;
            for (int i = 0; i <= text.length() && kept.size() < maxWords; i++) {
                char c = i < text.length() ? text.charAt(i) : ' ';
                if (Character.isLetter(c)) {
                    letters++;
                    latin += c < 0x250 ? 1 : 0;
                    start = start < 0 ? i : start;
                    continue;
                }
                if (start >= 0) {
                    String w = text.substring(start, i);
                    start = -1;
                    if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))
                            && !w.equals(w.toLowerCase(Locale.ROOT))) {
                        continue; // DATELINE, ticker or acronym: no evidence of a language
                    }
                    kept.add(w);
                    if (!Character.isUpperCase(w.charAt(0))) {
                        lower.add(w.toLowerCase(Locale.ROOT));
                    }
                }
            }
            return new Evidence(List.copyOf(kept), lower.size(), letters, latin);
        }
    }
}
