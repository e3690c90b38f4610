package org.eventwire.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs SUTime only where a time expression can be: around the tokens with a digit, a month,
 * a weekday, a holiday or a word of time ("yesterday", "week", "ago", "since", "current").
 * Elsewhere it cannot yield a TIMEX3, and scanning every token of every sentence made SUTime
 * a third of the analysis time.
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
            "yearly", "fortnight", "millennium", "era", "age", "mid", "quarters", "current",
            "future", "halloween", "thanksgiving", "valentine", "hanukkah", "diwali", "passover",
            "lent", "hajj", "nowruz", "kwanzaa", "weekday", "weekdays", "weekends", "nights", "mornings",
            "evenings", "afternoons", "decade-long", "years-long", "hourly", "biweekly", "biannual", "semester",
            "seconds", "recent", "lately", "nowadays", "moment", "sunrise", "sunset", "midday", "lunchtime",
            "daytime", "nighttime", "o'clock", "twenties", "thirties", "forties", "fifties", "sixties",
            "seventies", "eighties", "nineties", "ages", "eras", "millennia", "fiscal", "yom", "rosh", "mardi",
            "pentecost", "epiphany", "advent", "solstice", "equinox");

    /** Tokens either side of a cue that SUTime sees; chosen by measurement (docs/ACCURACY.md). */
    static final int WINDOW = Integer.getInteger("eventwire.sutime.window", 6);

    private TemporalSentences() {
    }

    static void annotate(Annotation doc, String referenceDate) {
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        String date = referenceDate == null || referenceDate.isEmpty() ? null : referenceDate;
        TimeAnnotator sutime = NlpModels.sutime();
        SUTime.TimeIndex index = new SUTime.TimeIndex();   // one per document, as TimeAnnotator keeps it
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            List<CoreMap> found = new ArrayList<>();
            for (int[] w : windows(tokens)) {
                List<CoreMap> got = sutime.annotateSingleSentence(window(s, tokens, text, w), date, index);
                if (got != null) {
                    found.addAll(got);
                }
            }
            if (!found.isEmpty()) {
                for (CoreMap t : found) {
                    t.set(CoreAnnotations.SentenceIndexAnnotation.class, s.get(CoreAnnotations.SentenceIndexAnnotation.class));
                }
                s.set(TimeAnnotations.TimexAnnotations.class, found);
            }
        }
    }

    /**
     * Token ranges [from, to) around the temporal cues, WINDOW tokens either side, joined when
     * they touch. SUTime's cost grows with every token it scans; its patterns are local, and
     * the longest ("from 5 January to 10 March 2019") are cues within a few tokens of each other.
     */
    static List<int[]> windows(List<CoreLabel> tokens) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!cue(tokens.get(i).word())) {
                continue;
            }
            int from = Math.max(0, i - WINDOW);
            int to = Math.min(tokens.size(), i + WINDOW + 1);
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && from <= last[1]) {
                last[1] = to;
            } else {
                out.add(new int[] {from, to});
            }
        }
        return out;
    }

    private static CoreMap window(CoreMap sentence, List<CoreLabel> tokens, String text, int[] w) {
        List<CoreLabel> part = tokens.subList(w[0], w[1]);
        int begin = part.get(0).beginPosition();
        int end = part.get(part.size() - 1).endPosition();
        CoreMap m = new ArrayCoreMap();
        m.set(CoreAnnotations.TokensAnnotation.class, part);
        m.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        m.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        m.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        Integer first = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        if (first != null) {
            m.set(CoreAnnotations.TokenBeginAnnotation.class, first + w[0]);
            m.set(CoreAnnotations.TokenEndAnnotation.class, first + w[1]);
        }
        m.set(CoreAnnotations.SentenceIndexAnnotation.class, sentence.get(CoreAnnotations.SentenceIndexAnnotation.class));
        return m;
    }

    private static boolean cue(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                return true;
            }
        }
        return CUES.contains(w.toLowerCase(Locale.ROOT).replace(".", ""));
    }
}
