package org.eventwire.quote;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotation marks around a name, not around words someone said: a Title-Case phrase right after
 * a preposition or article, a possessive or a noun for a work ("during a “Commander-in-Chief
 * Forum”", "the “Justice Against Sponsors of Terrorism Act”", "CNN's “State of the Union”", "the
 * anthem “A Change Is Gonna Come”") names a show, an event, a law or a work.
 */
final class TitleInQuotes {
    private static final Set<String> BEFORE = Set.of("of", "on", "in", "at", "a", "an", "the", "during", "from",
            "for", "to", "by", "with",
            // nouns and verbs that introduce the title of a work: "his book “Make Your Kid a Millionaire”"
            "book", "books", "song", "anthem", "hymn", "film", "movie", "album", "novel", "memoir", "play", "poem",
            "documentary", "show", "program", "programme", "series", "column", "essay", "op-ed", "headline",
            "titled", "entitled", "headlined", "slogan", "motto", "hashtag");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\W*$");

    private TitleInQuotes() {
    }

    static boolean is(String text, QuoteSpans.Span q) {
        String inside = text.substring(q.start(), q.end());
        int long_ = 0;
        Matcher w = WORD.matcher(inside);
        while (w.find()) {
            String word = w.group();
            if (word.length() >= 4) {
                if (!Character.isUpperCase(word.charAt(0))) {
                    return false;
                }
                long_++;
            }
        }
        if (long_ < 2) {
            return false;
        }
        String prefix = text.substring(Math.max(0, q.start() - 30), Math.max(0, q.start() - 1)).strip();
        if (prefix.endsWith("'s") || prefix.endsWith("’s")) {
            return true;
        }
        Matcher before = LAST_WORD.matcher(prefix);
        return before.find() && BEFORE.contains(before.group(1).toLowerCase(java.util.Locale.ROOT));
    }
}
