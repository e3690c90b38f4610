package org.eventwire.coding;

import org.eventwire.model.TimeExpression;
import org.eventwire.pipeline.ArticleContext;
import org.eventwire.quote.QuoteSpans;
import org.eventwire.time.Paragraphs;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Dates events. An event takes the time of its own clause (a time inside a noun phrase dates that
 * noun: "violence on June 12", "the election today"; one in a relative clause dates that clause),
 * else the time of the clause it is reported or embedded in, else the story's current day: the
 * last day named in the paragraph's narrative, reset at each paragraph to the day of the article's
 * lead, so that reactions take the date of the act they react to. A quotation's "today" is the
 * day it was said. An event whose own time lies well before the article's date is background.
 */
final class EventTiming {
    /** An event older than this, relative to the article's date, is background. */
    private static final int BACKGROUND_DAYS = 45;
    /** Nouns of saying: a time on them dates the saying ("in a statement on Monday, X said"). */
    private static final Set<String> SAYING = Set.of("statement", "speech", "interview", "tweet", "post", "address",
            "conference", "briefing", "letter", "message", "remarks", "announcement", "broadcast", "report", "call",
            "appearance", "meeting", "session", "rally", "video", "television", "radio");
    /** Relations under which a clause is not the event's own: it describes a participant. */
    private static final Set<String> RELATIVE = Set.of("acl", "acl:relcl");
    private static final Set<String> CLAUSAL = Set.of("root", "acl", "acl:relcl", "advcl", "ccomp", "xcomp", "csubj",
            "parataxis", "csubj:pass");

    private final LocalDate reference;
    private final Paragraphs paragraphs;
    private final List<QuoteSpans.Span> quotes;
    private final int datelineEnd;
    private final String text;
    private String lead;
    private String carried;
    private int paragraph = -1;

    EventTiming(String referenceDate) {
        this(referenceDate, null, List.of(), 0, null);
    }

    EventTiming(ArticleContext ctx) {
        this(ctx.referenceDate(), new Paragraphs(ctx.text()), ctx.quoteSpans(),
                ctx.dateline() != null && ctx.dateline().evidence() != null ? ctx.dateline().evidence().end() : 0,
                ctx.text());
    }

    private EventTiming(String referenceDate, Paragraphs paragraphs, List<QuoteSpans.Span> quotes, int datelineEnd,
                        String text) {
        this.text = text;
        LocalDate r = null;
        try {
            r = referenceDate == null ? null : LocalDate.parse(referenceDate);
        } catch (RuntimeException e) {
            r = null;
        }
        this.reference = r;
        this.paragraphs = paragraphs;
        this.quotes = quotes;
        this.datelineEnd = datelineEnd;
    }

    /** An event's date (null when unknown), whether it is background, and what decided it. */
    record Dating(String date, boolean background, TimeExpression own, String why) {
    }

    /** Dates the event whose predicate is the token verb of the sentence. */
    Dating dating(Sent s, int verb, List<TimeExpression> times) {
        TimeExpression own = clauseTime(s, verb, times);
        String why = "own " + (own == null ? "" : own.text());
        if (own == null) {
            // a reported or embedded act without a time of its own: the time of the clause above
            for (int v = clauseOf(s, verb); own == null && s.head[v] >= 0 && !RELATIVE.contains(s.rel[v]); ) {
                v = clauseOf(s, s.head[v]);
                own = clauseTime(s, v, times);
                why = "above " + (own == null ? "" : own.text());
            }
        }
        String current = carried != null ? carried : reference == null ? null : reference.toString();
        if (own != null && inQuote(own) && deictic(own)) {
            // "today" in a quotation is the day it was said, not the article's date
            return new Dating(shift(current, own), false, null, "quoted " + own.text());
        }
        boolean background = isBackground(own);
        if (own != null && own.value().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return new Dating(own.value().substring(0, 10), background, own, why);
        }
        if (own != null && own.value().matches("\\d{4}-\\d{2}") && (current == null || !current.startsWith(own.value()))) {
            return new Dating(own.value(), background, own, why);
        }
        return new Dating(current, background, own, carried != null ? "carried" : "reference");
    }

    /** The time expression of the verb's own clause (not of clauses or noun phrases nested in it), or null. */
    static TimeExpression clauseTime(Sent s, int verb, List<TimeExpression> times) {
        TimeExpression best = null;
        int clause = clauseHead(s, verb);
        for (TimeExpression t : times) {
            int tok = headToken(s, t);
            if (tok < 0 || !usable(t)) {
                continue;
            }
            int gov = governor(s, tok, verb);
            if (gov >= 0 && (gov == verb || clauseHead(s, gov) == clause && s.dominates(gov, verb))) {
                if (best == null || gov == verb) {
                    best = t;
                }
            }
        }
        return best;
    }

    /**
     * The predicate a time expression dates: the first verb or clause above it; -1 when a noun
     * comes first (the time dates that noun), unless it is the event itself or a noun of saying.
     */
    static int governor(Sent s, int tok, int event) {
        if (s.rel[tok].equals("compound")) {
            return -1;   // part of a name ("the Christmas Charity")
        }
        if (s.head[tok] < 0 || s.child(tok, "cop") >= 0) {
            return tok;  // the time is the clause's predicate ("the attack was on Monday")
        }
        for (int x = s.head[tok], guard = 0; x >= 0 && guard <= s.size(); x = s.head[x], guard++) {
            if (x == event || s.isVerb(x) || s.child(x, "cop") >= 0 || CLAUSAL.contains(s.rel[x])) {
                return x;
            }
            // a name has no time of its own: "Germany on Monday banned" is a parse of the verb's time
            if (s.isNoun(x) && !SAYING.contains(s.lemma[x]) && !s.pos[x].startsWith("PRP") && !s.pos[x].startsWith("NNP")) {
                return -1;
            }
        }
        return -1;
    }

    /** The head of the clause holding token v (a verb, or a noun or adjective with a copula). */
    private static int clauseOf(Sent s, int v) {
        int x = v;
        for (int guard = 0; x >= 0 && guard <= s.size(); guard++) {
            if (s.isVerb(x) || s.child(x, "cop") >= 0 || CLAUSAL.contains(s.rel[x]) || s.head[x] < 0) {
                return x;
            }
            x = s.head[x];
        }
        return v;
    }

    static int clauseHead(Sent s, int v) {
        int x = v;
        while (s.head[x] >= 0 && (s.rel[x].equals("xcomp") || s.rel[x].equals("conj"))) {
            x = s.head[x];
        }
        return x;
    }

    /** The expression's head token: its first token governed from outside it; -1 outside the sentence. */
    static int headToken(Sent s, TimeExpression t) {
        int first = -1;
        for (int i = 0; i < s.size(); i++) {
            if (s.begin[i] >= t.start() && s.end[i] <= t.end()) {
                int h = s.head[i];
                if (h < 0 || s.begin[h] < t.start() || s.end[h] > t.end()) {
                    return i;
                }
                first = first < 0 ? i : first;
            }
        }
        return first;
    }

    private static boolean usable(TimeExpression t) {
        return t.value() != null && t.value().matches("\\d{4}(-\\d{2}(-\\d{2})?)?.*");
    }

    /** The token holding the character offset, -1 when it lies outside the sentence. */
    static int tokenAt(Sent s, int offset) {
        if (offset < s.begin[0] || offset >= s.end[s.size() - 1]) {
            return -1;
        }
        for (int i = 0; i < s.size(); i++) {
            if (s.end[i] > offset) {
                return i;
            }
        }
        return -1;
    }

    /** True when the time ends well before the article's date. */
    boolean isBackground(TimeExpression t) {
        if (t == null || reference == null) {
            return false;
        }
        LocalDate end = endOf(t.value());
        if (end == null) {
            return false;
        }
        // a week, month or year wholly before the day the story leads with ("last week", "last year", "in
        // early October" of a story told from a November day) is history; a report with no day of its own
        // ("rebels surrendered last week") is about that week. A day is news up to BACKGROUND_DAYS back.
        return end.isBefore(reference.minusDays(BACKGROUND_DAYS))
                || !t.value().matches("\\d{4}-\\d{2}-\\d{2}.*") && lead != null && end.isBefore(LocalDate.parse(lead));
    }

    /** The last day of the period a TIMEX value names (2021 to 2021-12-31), or null. */
    static LocalDate endOf(String v) {
        try {
            if (v.matches("\\d{4}-W\\d{2}")) {
                return LocalDate.parse(v + "-7", java.time.format.DateTimeFormatter.ISO_WEEK_DATE);
            }
            if (v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return LocalDate.parse(v.substring(0, 10));
            }
            if (v.matches("\\d{4}-\\d{2}.*")) {
                return LocalDate.parse(v.substring(0, 7) + "-01").plusMonths(1).minusDays(1);
            }
            if (v.matches("\\d{4}.*")) {
                return LocalDate.of(Integer.parseInt(v.substring(0, 4)), 12, 31);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    /**
     * Follows the story's current day: a new paragraph returns to the lead's day; a sentence's
     * first day-precise time of the narrative (not quoted, not in the future, not background, not
     * inside a noun phrase or relative clause) becomes the current day.
     */
    void see(Sent s, List<TimeExpression> times, int datelineEnd) {
        int from = Math.max(s.begin[0], Math.max(datelineEnd, this.datelineEnd));
        if (paragraphs != null) {
            int p = paragraphs.indexOf(s.begin[0]);
            if (p != paragraph) {
                paragraph = p;
                carried = lead;
            }
        }
        for (TimeExpression t : times) {
            if (t.start() < from || t.end() > s.end[s.size() - 1] || t.value() == null
                    || !t.value().matches("\\d{4}-\\d{2}-\\d{2}.*") || isBackground(t) || inQuote(t)
                    || text != null && Paragraphs.aloneOnItsLine(text, t.start(), t.end())) {
                continue;
            }
            LocalDate d = LocalDate.parse(t.value().substring(0, 10));
            int tok = headToken(s, t);
            if (reference != null && d.isAfter(reference) || tok < 0 || narrativeOf(s, tok) < 0) {
                continue;
            }
            carried = d.toString();
            if (lead == null) {
                lead = carried;
            }
            return;
        }
    }

    /** The predicate a time dates when it is part of the narrative, else -1. */
    private static int narrativeOf(Sent s, int tok) {
        int gov = governor(s, tok, -1);
        for (int x = gov, guard = 0; x >= 0 && guard <= s.size(); x = s.head[x], guard++) {
            // a relative clause describes a participant, unless it tells what happened there and then
            if (RELATIVE.contains(s.rel[x]) && !tellsWhereOrWhen(s, x)) {
                return -1;
            }
        }
        return gov;
    }

    private static boolean tellsWhereOrWhen(Sent s, int clause) {
        for (int c : s.children(clause)) {
            if (s.lemma[c].equals("where") || s.lemma[c].equals("when")) {
                return true;
            }
        }
        return false;
    }

    private boolean inQuote(TimeExpression t) {
        for (QuoteSpans.Span q : quotes) {
            if (q.contains(t.start())) {
                return true;
            }
        }
        return false;
    }

    /** Words whose day is counted from when they are said. */
    private static boolean deictic(TimeExpression t) {
        return t.text().toLowerCase(java.util.Locale.ROOT).matches(".*\\b(today|tonight|yesterday|tomorrow|"
                + "this (morning|afternoon|evening))\\b.*");
    }

    /** The day a deictic expression names, counted from the day it was said instead of the article's. */
    private String shift(String said, TimeExpression t) {
        LocalDate day = endOf(t.value());
        if (said == null || day == null || reference == null || !t.value().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return said;
        }
        long offset = day.toEpochDay() - reference.toEpochDay();
        return LocalDate.parse(said).plusDays(offset).toString();
    }

    /** The story's current day and the lead's (for tracing). */
    String state() {
        return carried + " lead " + lead + " paragraph " + paragraph;
    }

    /** Kept for callers that date without a sentence: the clause's day, else the story's current day. */
    String date(TimeExpression own) {
        if (own != null && own.value().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return own.value().substring(0, 10);
        }
        if (carried != null) {
            return carried;
        }
        return reference == null ? null : reference.toString();
    }
}
