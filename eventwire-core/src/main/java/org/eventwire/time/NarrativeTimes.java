package org.eventwire.time;

import org.eventwire.model.TimeExpression;
import org.eventwire.nlp.ParsedSentence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrects the values SUTime gives from the article date alone, where news means something else:
 * a weekday is the last one for a past act and the next one for a future act ("said on Friday",
 * "will meet on Friday"); "the next day", "the same day", "two days earlier" and a bare clock
 * time count from the last day the story named, not from the article date; and a weekday SUTime
 * left out ("before midnight Wednesday night") is added.
 */
final class NarrativeTimes {
    private static final String DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private static final String PART = "(?:\\s+(?:morning|afternoon|evening|night))?";
    /** A clock time before a weekday ("9 a.m. EST Tuesday", "noon Saturday"). */
    private static final String CLOCK_BEFORE = "(?:(?:\\d{1,2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?|noon|midnight)\\s+"
            + "(?:[a-z]{3}\\s+)?(?:on\\s+)?)?";
    private static final Pattern WEEKDAY = Pattern.compile("(?i)^" + CLOCK_BEFORE + "(?:(?:late|early)\\s+)?(?:(?:on|by|until|since)\\s+)?"
            + "(?:(?:late|early)\\s+)?(this\\s+past|this\\s+coming|last|past|previous|next|coming|this)?\\s*(" + DAYS + ")"
            + PART + "(?:'s|’s)?$");
    /** A month, or a month and day, written without a year ("December", "early March", "Oct. 20"). */
    private static final Pattern MONTH = Pattern.compile("(?i)^(?:(?:early|late|mid)[\\s-]+)?(jan|feb|mar|apr|may|jun|jul|aug"
            + "|sep|oct|nov|dec)[a-z]*\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?$");
    private static final Pattern BARE_DAY = Pattern.compile("(?i)^(" + DAYS + ")$");
    private static final String NUM = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+";
    /** Days counted from the story's last day: "the next day", "two days earlier", "that night". */
    private static final Pattern ANAPHORIC = Pattern.compile("(?i)^(?:on\\s+|later\\s+|earlier\\s+)?(?:(the|that)\\s+)?"
            + "(?:(same|previous|next|following)\\s+)?(day|morning|afternoon|evening|night)"
            + "(?:\\s+(before|after|earlier|later))?$|^(?i)(" + NUM + ")\\s+days?\\s+(earlier|later|before|after)$");
    private static final Pattern CLOCK = Pattern.compile("(?i)^(?:at\\s+|around\\s+|about\\s+)?\\d{1,2}(?::\\d{2})?\\s*"
            + "(?:a\\.?m\\.?|p\\.?m\\.?|o'clock)?(?:\\s+local\\s+time)?$");

    private NarrativeTimes() {
    }

    /**
     * The expressions with narrative values; sentences and expressions in text order. The story's
     * last day is the latest preceding day-precise expression of the same paragraph, else the
     * article's first one, else the reference date.
     */
    static List<TimeExpression> resolve(List<TimeExpression> times, List<ParsedSentence> sentences, String text,
                                        String referenceDate) {
        LocalDate ref = parse(referenceDate);
        if (ref == null) {
            return times;
        }
        List<TimeExpression> all = new ArrayList<>(times);
        all.addAll(missedWeekdays(times, sentences));
        all.sort(java.util.Comparator.comparingInt(TimeExpression::start));
        List<TimeExpression> out = new ArrayList<>();
        LocalDate last = null;
        LocalDate first = null;
        int paragraph = -1;
        Paragraphs paragraphs = new Paragraphs(text);
        for (TimeExpression t : all) {
            int p = paragraphs.indexOf(t.start());
            if (p != paragraph) {
                paragraph = p;
                last = null;
            }
            ParsedSentence s = sentenceAt(sentences, t.start());
            LocalDate anchor = last != null ? last : first != null ? first : ref;
            TimeExpression r = revalue(t, s, ref, anchor);
            out.add(r);
            LocalDate d = r.value() == null ? null : parse(r.value().length() >= 10 ? r.value().substring(0, 10) : "");
            if (d != null && !d.isAfter(ref) && !Paragraphs.aloneOnItsLine(text, t.start(), t.end())) {
                last = d;
                if (first == null) {
                    first = d;
                }
            }
        }
        return out;
    }

    static TimeExpression revalue(TimeExpression t, ParsedSentence s, LocalDate ref, LocalDate anchor) {
        String text = t.text().trim();
        String suffix = t.value() != null && t.value().matches("\\d{4}-\\d{2}-\\d{2}T.*") ? t.value().substring(10) : "";
        Matcher w = WEEKDAY.matcher(text);
        if (w.matches()) {
            String mod = w.group(1) == null ? "" : w.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            DayOfWeek day = DayOfWeek.valueOf(w.group(2).toUpperCase(Locale.ROOT));
            Tense tense = switch (mod) {
                case "last", "past", "previous", "this past" -> Tense.PAST;
                case "next", "coming", "this coming" -> Tense.FUTURE;
                default -> s == null ? Tense.UNKNOWN : Tense.of(s, headOf(s, t));
            };
            boolean strict = !mod.isEmpty() && !mod.equals("this");
            return with(t, weekday(ref, day, tense, strict) + suffix);
        }
        Matcher m = MONTH.matcher(text);
        if (m.matches() && t.value() != null && t.value().matches("\\d{4}-\\d{2}(-\\d{2})?") && s != null) {
            Tense tense = Tense.of(s, headOf(s, t));
            return tense == Tense.UNKNOWN ? t : with(t, monthYear(t.value(), ref, tense));
        }
        Matcher a = ANAPHORIC.matcher(text);
        if (a.matches() && (t.value() == null || t.value().matches("\\d{4}-\\d{2}-\\d{2}.*"))) {
            return with(t, anaphoric(a, anchor) + suffix);
        }
        if (CLOCK.matcher(text).matches() && t.value() != null && t.value().startsWith(ref.toString())) {
            return with(t, anchor + suffix);
        }
        return t;
    }

    /**
     * A month without a year by the tense of its clause: a past act in a month well after the
     * article's (over two months) is last year's ("accepted responsibility in December", said in
     * September), a future one in a month well before it next year's; otherwise the article's year.
     * Near months keep the article's year: a reporting verb above a date gives no tense to it.
     */
    static String monthYear(String value, LocalDate ref, Tense tense) {
        String md = value.substring(4);
        int month = Integer.parseInt(value.substring(5, 7));
        int day = value.length() == 10 ? Integer.parseInt(value.substring(8, 10)) : 15;
        LocalDate same;
        try {
            same = LocalDate.of(ref.getYear(), month, Math.min(day, 28));
        } catch (RuntimeException e) {
            return value;
        }
        long ahead = same.toEpochDay() - ref.toEpochDay();
        int year = ref.getYear();
        if (tense == Tense.PAST && ahead > 60) {
            year--;
        } else if (tense == Tense.FUTURE && ahead < -60) {
            year++;
        } else if (Math.abs(ahead) <= 60) {
            return ref.getYear() + md;
        } else {
            return value;
        }
        return year + md;
    }

    /** The date of a weekday: the last one (today included) for the past, the next one for the future. */
    static LocalDate weekday(LocalDate ref, DayOfWeek day, Tense tense, boolean strict) {
        int back = Math.floorMod(ref.getDayOfWeek().getValue() - day.getValue(), 7);
        int ahead = Math.floorMod(day.getValue() - ref.getDayOfWeek().getValue(), 7);
        if (tense == Tense.FUTURE) {
            return ref.plusDays(strict && ahead == 0 ? 7 : ahead);
        }
        return ref.minusDays(strict && back == 0 ? 7 : back);
    }

    private static LocalDate anaphoric(Matcher a, LocalDate anchor) {
        if (a.group(5) != null) {
            int n = number(a.group(5));
            String dir = a.group(6).toLowerCase(Locale.ROOT);
            return dir.equals("earlier") || dir.equals("before") ? anchor.minusDays(n) : anchor.plusDays(n);
        }
        String which = a.group(2) == null ? "" : a.group(2).toLowerCase(Locale.ROOT);
        String dir = a.group(4) == null ? "" : a.group(4).toLowerCase(Locale.ROOT);
        if (which.equals("previous") || dir.equals("before") || dir.equals("earlier")) {
            return anchor.minusDays(1);
        }
        if (which.equals("next") || which.equals("following") || dir.equals("after") || dir.equals("later")) {
            return anchor.plusDays(1);
        }
        return anchor;
    }

    private static int number(String w) {
        String[] words = {"a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
        String l = w.toLowerCase(Locale.ROOT);
        if (l.equals("an")) {
            return 1;
        }
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals(l)) {
                return Math.max(1, i);
            }
        }
        return Integer.parseInt(l);
    }

    /** Weekday names (with a part of the day) that SUTime gave no expression for. */
    private static List<TimeExpression> missedWeekdays(List<TimeExpression> times, List<ParsedSentence> sentences) {
        List<TimeExpression> out = new ArrayList<>();
        for (ParsedSentence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                int at = s.begin(i);
                if (!BARE_DAY.matcher(s.word(i)).matches() || !Character.isUpperCase(s.word(i).charAt(0))
                        || times.stream().anyMatch(t -> t.start() <= at && at < t.end())) {
                    continue;
                }
                int end = s.end(i);
                String shown = s.word(i);
                if (i + 1 < s.size() && s.word(i + 1).toLowerCase(Locale.ROOT).matches("morning|afternoon|evening|night")) {
                    end = s.end(i + 1);
                    shown = shown + " " + s.word(i + 1);
                }
                out.add(new TimeExpression(shown, at, end, null, "DATE", null));
            }
        }
        return out;
    }

    private static TimeExpression with(TimeExpression t, String value) {
        return new TimeExpression(t.text(), t.start(), t.end(), value, t.type(), t.mod());
    }

    /** The expression's head: its first token whose governor lies outside it. */
    private static int headOf(ParsedSentence s, TimeExpression t) {
        int first = -1;
        for (int i = 0; i < s.size(); i++) {
            if (s.begin(i) >= t.start() && s.end(i) <= t.end()) {
                int h = s.head(i);
                if (h < 0 || s.begin(h) < t.start() || s.end(h) > t.end()) {
                    return i;
                }
                if (first < 0) {
                    first = i;
                }
            }
        }
        return first < 0 ? Math.max(0, s.tokenAt(t.start())) : first;
    }

    private static ParsedSentence sentenceAt(List<ParsedSentence> sentences, int offset) {
        for (ParsedSentence s : sentences) {
            if (s.size() > 0 && s.begin() <= offset && offset < s.end()) {
                return s;
            }
        }
        return null;
    }

    static LocalDate parse(String iso) {
        try {
            return iso == null || iso.isEmpty() ? null : LocalDate.parse(iso);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
