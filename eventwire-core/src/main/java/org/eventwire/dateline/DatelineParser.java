package org.eventwire.dateline;

import org.eventwire.model.Dateline;
import org.eventwire.model.Span;
import org.eventwire.pipeline.ArticleContext;
import org.eventwire.pipeline.Stage;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the wire dateline near the top of an article, in the forms the agencies use: Reuters
 * "LONDON, March 3 (Reuters) -", AP "PORTLAND, Ore. (AP) —", AFP "PARIS, March 3, 2024 (AFP) -",
 * Xinhua "BEIJING, March 3 (Xinhua) --", ANI "Washington [US], July 27 (ANI):", UPI, dpa
 * "Berlin (dpa) -", PTI "New Delhi, Mar 3 (PTI)" (no dash), Anadolu "ANKARA (AA) -", TASS
 * "MOSCOW, March 3. /TASS/.", EFE "(EFE).-", and 1980s wire copy "RICHMOND, Va. Feb 26 -".
 * Months in any case, abbreviated or with a slip ({@link MonthNames}); a region after the
 * place ("Ore.", "N.Y.", "Ontario", "[US]"); any line of the head, so a headline or byline may
 * come first. The year comes from the text, else from the publication date, else from
 * {@link YearInference}.
 */
public final class DatelineParser implements Stage {
    /** Possessive: a word is never split, so "Tex. March" cannot become "Tex. Ma" + "rch". */
    private static final String WORD = "\\p{Lu}[\\p{L}.'’-]*+";
    /** Lower-case words inside place names: "Rio de Janeiro", "Frankfurt am Main". */
    private static final String LINK = "(?:de|da|do|dos|das|des|del|du|la|le|el|al|es|of|on|upon|am|an|der|di|y|sur)";
    /** Later words may be lower-case only in lower-cased copy ("La paz, march 4 -"): checked in parse. */
    private static final String PLACE = WORD + "(?:[ -](?:" + LINK + " )?(?:" + WORD + "|\\p{Ll}++(?=,))){0,4}";
    private static final String MONTH_WORD = "(?<!\\p{L})[A-Za-z]{3,9}+\\.?";
    private static final String DATE = "(?:(?<month>" + MONTH_WORD + ")\\s*(?<day>\\d{1,2})(?:st|nd|rd|th)?"
            + "(?:,?\\s+(?<year>\\d{4}))?"
            + "|(?<day2>\\d{1,2})\\s+(?<month2>" + MONTH_WORD + ")(?:,?\\s+(?<year2>\\d{4}))?)";
    private static final String SEP = "\\.?[ \\t]*(?::|--|—|–|-)|\\.";
    private static final Pattern DATELINE = Pattern.compile(
            "^[*#•>\\t ]{0,6}(?<place>" + PLACE + ")"
                    // the region is tried last, so that "NEW YORK, March 3" keeps March for the date
                    + "(?:\\s*,\\s*(?<state>\\p{Lu}[\\p{L}.]*+(?: \\p{Lu}[\\p{L}.]*+)?))??"
                    + "\\s*(?:\\[(?<region>[^\\]\\n]{1,40})\\])?"
                    // "Va. Feb 26", "Md., - March 4": the comma before the date is often lost or doubled
                    + "(?:\\s*,?\\s*(?:-\\s+)?" + DATE + ")?"
                    + "\\.?[ \\t]*,?[ \\t]*"
                    // an agency in brackets (PTI needs no dash after it) or a dash, colon or point
                    + "(?:(?:\\((?<agency>[\\p{L}][\\p{L} .&/-]{0,30})\\)|/(?<slashed>\\p{Lu}{2,10})/)"
                    + "[ \\t]*(?<sep>" + SEP + ")?|(?<sep2>" + SEP + "))(?=\\s)",
            Pattern.MULTILINE);
    private static final Pattern SIGN_OFF = Pattern.compile("\\b(?:Reuter|REUTER)\\s*\\z");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"
                    + "(?:,?\\s*\\(?(" + MONTH_WORD + ")\\s+(\\d{1,2})\\b)?");
    /** Only the top of an article can hold its dateline (after a headline and a byline at most). */
    private static final int HEAD = 800;

    private final Clock clock;

    public DatelineParser(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void apply(ArticleContext ctx) {
        Dateline d = parse(ctx.text(), ctx.input().date());
        ctx.setDateline(d);
        if (d != null && d.date() != null) {
            ctx.setReferenceDate(d.date());
        }
    }

    @Override
    public String name() {
        return "dateline";
    }

    /** The dateline of the text, or null when it has none. */
    public Dateline parse(String text, String publicationDate) {
        String head = text.substring(0, Math.min(text.length(), HEAD));
        Matcher m = DATELINE.matcher(head);
        while (m.find()) {
            String month = m.group("month") != null ? m.group("month") : m.group("month2");
            String day = m.group("day") != null ? m.group("day") : m.group("day2");
            String year = m.group("year") != null ? m.group("year") : m.group("year2");
            MonthDay md = month == null ? null : monthDay(month, day);
            if (month != null && md == null) {
                continue; // "Calif 3": the word in the date's place is no month
            }
            String agency = m.group("agency") != null ? m.group("agency").trim() : m.group("slashed");
            String sep = m.group("sep") != null ? m.group("sep") : m.group("sep2");
            String rawPlace = m.group("place");
            if (lowerCaseWord(rawPlace) && (month == null || !month.equals(month.toLowerCase(Locale.ROOT)))) {
                continue; // "Talks in Geneva, March 3": a lower-case word is a place's only in lower-cased copy
            }
            boolean capsPlace = rawPlace.equals(rawPlace.toUpperCase(Locale.ROOT)) && rawPlace.length() > 2;
            // a plain "Word -" at a line start is too weak: it needs a date, an agency or caps
            if (md == null && agency == null && !(capsPlace && sep != null && !sep.endsWith(":") && !sep.equals("."))) {
                continue;
            }
            if (sep == null && md == null) {
                continue; // "Leaders of African Union (AU) met": without a dash only a dated form (PTI) counts
            }
            String date = null;
            boolean inferred = false;
            if (md != null) {
                if (year != null) {
                    date = md.atYear(Integer.parseInt(year)).toString();
                } else if (publicationDate != null) {
                    date = nearestYear(md, LocalDate.parse(publicationDate)).toString();
                } else {
                    LocalDate d = inferYear(md, text);
                    if (d != null) {
                        date = d.toString();
                        inferred = true;
                    }
                }
            } else {
                date = publicationDate;
            }
            if (agency == null && SIGN_OFF.matcher(text).find()) {
                agency = "Reuters"; // 1980s Reuters copy names itself only in the sign-off
            }
            return new Dateline(placeName(rawPlace), regionCountry(m.group("region")), date, agency, inferred,
                    Span.of(text, m.start("place"), m.end()));
        }
        return null;
    }

    private LocalDate inferYear(MonthDay md, String text) {
        Map<MonthDay, DayOfWeek> pairs = new LinkedHashMap<>();
        Set<DayOfWeek> bare = EnumSet.noneOf(DayOfWeek.class);
        Matcher w = WEEKDAY.matcher(text);
        while (w.find()) {
            DayOfWeek dow = DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT));
            MonthDay named = w.group(2) != null ? monthDay(w.group(2), w.group(3)) : null;
            if (named != null) {
                pairs.put(named, dow);
            } else {
                bare.add(dow);
            }
        }
        return YearInference.infer(md, pairs, bare, LocalDate.now(clock));
    }

    /** The year that puts month and day nearest the publication date (a Dec 31 dateline on Jan 2). */
    static LocalDate nearestYear(MonthDay md, LocalDate pub) {
        LocalDate best = null;
        for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
            if (!md.isValidYear(y)) {
                continue;
            }
            LocalDate d = md.atYear(y);
            if (best == null || Math.abs(d.toEpochDay() - pub.toEpochDay())
                    < Math.abs(best.toEpochDay() - pub.toEpochDay())) {
                best = d;
            }
        }
        return best;
    }

    private static MonthDay monthDay(String month, String day) {
        int mon = MonthNames.month(month);
        if (mon == 0) {
            return null;
        }
        try {
            return MonthDay.of(mon, Integer.parseInt(day));
        } catch (RuntimeException | Error e) {
            return null;
        }
    }

    /** True when a word after the first starts lower-case and is no link word ("paz" in "La paz"). */
    private static boolean lowerCaseWord(String place) {
        String[] words = place.split("[ -]");
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty() && Character.isLowerCase(words[i].charAt(0)) && !words[i].matches(LINK)) {
                return true;
            }
        }
        return false;
    }

    /** "NEW YORK" becomes "New York"; mixed case stays as written. */
    private static String placeName(String raw) {
        String p = raw.trim();
        if (!p.equals(p.toUpperCase(Locale.ROOT))) {
            return p;
        }
        StringBuilder b = new StringBuilder();
        for (String w : p.toLowerCase(Locale.ROOT).split(" ")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            // "RIO DE JANEIRO" is "Rio de Janeiro"; "WINSTON-SALEM" is "Winston-Salem"
            boolean link = b.length() > 0 && w.matches(LINK);
            boolean start = !link;
            for (char c : w.toCharArray()) {
                b.append(start ? Character.toUpperCase(c) : c);
                start = c == '-';
            }
        }
        return b.toString();
    }

    /** The bracketed region as written ("US", "India"); the place stage resolves it to a code. */
    private static String regionCountry(String region) {
        return region == null ? null : region.trim();
    }
}
