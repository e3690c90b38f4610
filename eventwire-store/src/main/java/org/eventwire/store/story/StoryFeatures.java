package org.eventwire.store.story;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.Entity;
import org.eventwire.model.Event;
import org.eventwire.model.Place;
import org.eventwire.model.TimeExpression;

/**
 * What a report says, as counted terms for story similarity: its words (lower-cased, accents
 * dropped, stop words out) plus what the analyser found, as prefixed terms: people and
 * organisations ("e:"), places ("p:") and coded event roots ("c:"). Names count as terms of
 * their own because two events of one kind share their words but rarely their names. The
 * report's subject ({@link KeyNames}, "k:") is counted too, but only the key-name checks read it.
 */
public final class StoryFeatures {
    /** How many times an analyser term counts, relative to one word. */
    public static final int NAME_WEIGHT = 1;
    /** A fully specified date starting this early in the text is taken as the report's date. */
    public static final int HEAD_DATE_CHARS = 300;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?");
    private static final Pattern DAY = Pattern.compile("((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)");
    private static final Set<String> STOP = Set.of(("a about above after again against all am an and any are as "
            + "at be because been before being below between both but by can could did do does doing down "
            + "during each few for from further had has have having he her here hers herself him himself his "
            + "how i if in into is it its itself just me more most my myself no nor not now of off on once only "
            + "or other our ours ourselves out over own same she should so some such than that the their "
            + "theirs them themselves then there these they this those through to too under until up very was "
            + "we were what when where which while who whom why will with would you your yours yourself "
            + "yourselves said says say also one two new may might must shall us mr mrs ms").split(" "));

    private StoryFeatures() {
    }

    /** Term counts of a report, sorted so that every use iterates them in the same order. */
    public static Map<String, Integer> terms(AnalyzedArticle a, String text) {
        Map<String, Integer> out = new TreeMap<>();
        if (text != null) {
            Matcher m = WORD.matcher(fold(text));
            while (m.find()) {
                String w = m.group();
                if (w.endsWith("'s")) {
                    w = w.substring(0, w.length() - 2);
                }
                if (w.length() < 2 || STOP.contains(w) || w.indexOf('\'') >= 0) {
                    continue;
                }
                out.merge(w, 1, Integer::sum);
            }
        }
        if (a == null || NAME_WEIGHT == 0) {
            return out;
        }
        for (Entity e : nn(a.entities())) {
            if (e != null && e.name() != null
                    && ("PERSON".equals(e.type()) || "ORGANIZATION".equals(e.type()))) {
                out.merge("e:" + fold(e.name()), NAME_WEIGHT, Integer::sum);
            }
        }
        for (Place p : nn(a.places())) {
            if (p != null && p.name() != null) {
                out.merge("p:" + fold(p.name()), NAME_WEIGHT, Integer::sum);
            }
        }
        for (Event e : nn(a.events())) {
            if (e != null && e.cameo() != null && e.cameo().length() >= 2 && !e.background()) {
                out.merge("c:" + e.cameo().substring(0, 2), NAME_WEIGHT, Integer::sum);
            }
        }
        String key = KeyNames.of(a);
        if (key != null) {
            out.put(key, 1);
        }
        return out;
    }

    /**
     * The report's own date when the metadata gave none: a fully specified date that the
     * analyser resolved near the top of the text, where web pages and wire copy print it.
     */
    public static LocalDate headDate(AnalyzedArticle a) {
        if (a == null) {
            return null;
        }
        for (TimeExpression t : nn(a.times())) {
            if (t == null || t.value() == null || t.start() >= HEAD_DATE_CHARS) {
                continue;
            }
            Matcher m = DAY.matcher(t.value());
            if (m.matches()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                } catch (java.time.DateTimeException e) {
                    // not a calendar date: look further
                }
            }
        }
        return null;
    }

    /** The words of folded text, as counted for similarity. */
    static Matcher word(String folded) {
        return WORD.matcher(folded);
    }

    static boolean isStopWord(String w) {
        return STOP.contains(w);
    }

    /** Lower case without accents. */
    public static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).strip();
    }

    private static <T> List<T> nn(List<T> l) {
        return l == null ? List.of() : l;
    }
}
