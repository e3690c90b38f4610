package org.eventwire.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs SUTime on the sentences that can hold a time expression: those with a digit, a month,
 * a weekday or a word of time ("yesterday", "week", "ago", "since"). The others cannot yield a
 * TIMEX3, and skipping them saves most of SUTime's cost.
 */
public final class TemporalSentences {
    private static final Set<String> CUES = Set.of("jan", "january", "feb", "february", "mar", "march", "apr",
            "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct",
            "october", "nov", "november", "dec", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "today", "yesterday", "tomorrow", "tonight", "morning", "afternoon",
            "evening", "night", "overnight", "noon", "midnight", "day", "days", "week", "weeks", "weekend",
            "month", "months", "year", "years", "decade", "decades", "century", "centuries", "hour", "hours",
            "minute", "minutes", "ago", "since", "until", "now", "currently", "recently", "earlier", "later",
            "previously", "season", "spring", "summer", "autumn", "fall", "winter", "christmas", "easter",
            "ramadan", "eid", "holiday", "annual", "annually", "daily", "weekly", "monthly", "quarter", "period",
            "last", "next", "past", "former", "once", "soon", "eve", "dawn", "dusk", "term", "times", "time",
            "yearly", "fortnight", "millennium", "era", "age", "mid");

    private TemporalSentences() {
    }

    static void annotate(Annotation doc, String referenceDate) {
        List<CoreMap> timed = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            if (temporal(s.get(CoreAnnotations.TokensAnnotation.class))) {
                timed.add(s);
            }
        }
        if (timed.isEmpty()) {
            return;
        }
        Annotation sub = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
        sub.set(CoreAnnotations.SentencesAnnotation.class, timed);
        if (referenceDate != null) {
            sub.set(CoreAnnotations.DocDateAnnotation.class, referenceDate);
        }
        NlpModels.sutime().annotate(sub);
    }

    static boolean temporal(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            String w = t.word();
            for (int i = 0; i < w.length(); i++) {
                if (Character.isDigit(w.charAt(i))) {
                    return true;
                }
            }
            if (CUES.contains(w.toLowerCase(Locale.ROOT).replace(".", ""))) {
                return true;
            }
        }
        return false;
    }
}
