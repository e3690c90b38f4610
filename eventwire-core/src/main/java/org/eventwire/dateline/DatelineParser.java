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
 * Finds the wire dateline near the top of an article: "Washington [US], July 27 (ANI):",
 * "NIAMEY, July 26 (Reuters) -", "LONDON (AP) —", "PARIS, Jan. 5, 2024 (AFP) --". The year
 * comes from the text, else from the publication date, else from {@link YearInference}.
 */
public final class DatelineParser implements Stage {
    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?"
            + "|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>[A-Z][\\p{L}.'’-]*(?:[ -][A-Z][\\p{L}.'’-]*){0,3})"
                    + "(?:,\\s*(?<state>[A-Z][\\p{L}.]*(?: [A-Z][\\p{L}.]*)?)(?=\\s*[,(\\[]))?"
                    + "\\s*(?:\\[(?<region>[^\\]\\n]{1,40})\\])?"
                    + "\\s*(?:,\\s*(?<month>" + MONTH + ")\\.?\\s+(?<day>\\d{1,2})(?:,?\\s+(?<year>\\d{4}))?)?"
                    + "\\s*(?:\\((?<agency>[\\p{L}][\\p{L} .&/-]{0,30})\\))?"
                    + "\\s*(?<sep>:|--|—|–|-)\\s",
            Pattern.MULTILINE);
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"
                    + "(?:,?\\s*\\(?(" + MONTH + ")\\.?\\s+(\\d{1,2})\\b)?");
    /** Only the top of an article can hold its dateline. */
    private static final int HEAD = 600;

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
            boolean hasDate = m.group("month") != null;
            boolean hasAgency = m.group("agency") != null;
            boolean capsPlace = m.group("place").equals(m.group("place").toUpperCase(Locale.ROOT))
                    && m.group("place").length() > 2;
            // a plain "Word -" at a line start is too weak: it needs a date, an agency or caps
            if (!hasDate && !hasAgency && !(capsPlace && !m.group("sep").equals(":"))) {
                continue;
            }
            String place = placeName(m.group("place"));
            String date = null;
            boolean inferred = false;
            if (hasDate) {
                MonthDay md = monthDay(m.group("month"), m.group("day"));
                if (md != null) {
                    if (m.group("year") != null) {
                        date = md.atYear(Integer.parseInt(m.group("year"))).toString();
                    } else if (publicationDate != null) {
                        date = nearestYear(md, LocalDate.parse(publicationDate)).toString();
                    } else {
                        LocalDate d = inferYear(md, text);
                        if (d != null) {
                            date = d.toString();
                            inferred = true;
                        }
                    }
                }
            } else {
                date = publicationDate;
            }
            String agency = hasAgency ? m.group("agency").trim() : null;
            return new Dateline(place, regionCountry(m.group("region")), date, agency, inferred,
                    Span.of(text, m.start(), m.end("sep")));
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
        String key = month.substring(0, 3).toUpperCase(Locale.ROOT);
        int mon = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC".indexOf(key) / 3 + 1;
        try {
            return MonthDay.of(mon, Integer.parseInt(day));
        } catch (RuntimeException | Error e) {
            return null;
        }
    }

    /** "NEW YORK" becomes "New York"; mixed case stays as written. */
    private static String placeName(String raw) {
        String p = raw.trim();
        if (!p.equals(p.toUpperCase(Locale.ROOT))) {
            return p;
        }
        StringBuilder b = new StringBuilder();
        boolean start = true;
        for (char c : p.toLowerCase(Locale.ROOT).toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return b.toString();
    }

    /** The bracketed region as written ("US", "India"); the place stage resolves it to a code. */
    private static String regionCountry(String region) {
        return region == null ? null : region.trim();
    }
}
