package org.eventwire.store.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.Entity;

/**
 * Whom a report is about: its most mentioned person or organisation, when it is named often
 * enough to be the report's subject ({@link #MIN_MENTIONS}), kept as the last word of the name
 * ("Maria Lopez" becomes "lopez", which later reports also use alone). It is a term of its own
 * ({@code k:lopez}) in the report's counts, so a story's counts say how many of its reports are
 * about whom; it takes no part in the cosine. Two happenings of one kind share their words but
 * rarely their subjects (two deaths of two men, two boxers' title fights), and a storyline that
 * goes on for months (a killing, then the trial) keeps its subject.
 */
public final class KeyNames {
    /** Prefix of the key-name term. */
    public static final String PREFIX = "k:";
    /**
     * Mentions (name, pronoun or other reference) a person or organisation needs to be the
     * report's subject; measured on ECB+ (3 to 5, docs/STORE.md).
     */
    public static final int MIN_MENTIONS = 4;

    private KeyNames() {
    }

    /** The subject of a report as a key term ("k:lopez"), or null when no name is the subject. */
    public static String of(AnalyzedArticle a) {
        Entity best = null;
        for (Entity e : a.entities() == null ? List.<Entity>of() : a.entities()) {
            if (e == null || e.name() == null
                    || !("PERSON".equals(e.type()) || "ORGANIZATION".equals(e.type()))) {
                continue;
            }
            if (best == null || mentions(e) > mentions(best)
                    || mentions(e) == mentions(best) && e.name().compareTo(best.name()) < 0) {
                best = e;
            }
        }
        if (best == null || mentions(best) < MIN_MENTIONS) {
            return null;
        }
        String last = null;
        Matcher m = StoryFeatures.word(StoryFeatures.fold(best.name()));
        while (m.find()) {
            String w = m.group();
            if (w.length() > 1 && !StoryFeatures.isStopWord(w)) {
                last = w;
            }
        }
        return last == null ? null : PREFIX + last;
    }

    /** True for the key-name terms, which only this class reads. */
    public static boolean isKey(String term) {
        return term.startsWith(PREFIX);
    }

    /** The subjects of a story: key names of at least half of its reports. */
    public static List<String> ofStory(StoryProfile s) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> t : s.terms().entrySet()) {
            if (isKey(t.getKey()) && 2L * t.getValue() >= s.reports()) {
                out.add(t.getKey().substring(PREFIX.length()));
            }
        }
        return out;
    }

    /**
     * True when report and story are about different subjects: the report's subject is not
     * named anywhere in the story, and a subject of the story is not named in the report. One
     * side missing the other's name is common (a short report, a side figure); both missing is
     * two happenings.
     */
    public static boolean conflict(List<String> mine, Map<String, Integer> report, StoryProfile s) {
        if (mine.stream().allMatch(k -> s.terms().containsKey(k))) {
            return false;
        }
        return ofStory(s).stream().anyMatch(k -> !report.containsKey(k));
    }

    /** True when one of the report's subjects is a subject of the story. */
    public static boolean shared(List<String> mine, StoryProfile s) {
        if (mine.isEmpty()) {
            return false;
        }
        List<String> theirs = ofStory(s);
        return mine.stream().anyMatch(theirs::contains);
    }

    /** The report's subjects (the words of its key-name terms). */
    public static List<String> ofReport(Map<String, Integer> report) {
        List<String> out = new ArrayList<>(1);
        for (String t : report.keySet()) {
            if (isKey(t)) {
                out.add(t.substring(PREFIX.length()));
            }
        }
        return out;
    }

    private static int mentions(Entity e) {
        return e.mentions() == null ? 0 : e.mentions().size();
    }
}
