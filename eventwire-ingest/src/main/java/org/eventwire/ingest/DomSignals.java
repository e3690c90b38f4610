package org.eventwire.ingest;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The class/id vocabulary and measures (link density, commas, class weight) of the Readability
 * algorithm (Mozilla Readability.js, Apache-2.0), shared by the scorer and the cleaner.
 */
final class DomSignals {
    static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr"
            + "|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor"
            + "|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|subscribe"
            + "|promo|recirc|outbrain|taboola|signup|cookie",
            Pattern.CASE_INSENSITIVE);
    static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|mathjax|shadow",
            Pattern.CASE_INSENSITIVE);
    static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story",
            Pattern.CASE_INSENSITIVE);
    static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead"
            + "|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor"
            + "|shopping|tags|widget|byline|caption|newsletter|subscribe|recirc|taboola",
            Pattern.CASE_INSENSITIVE);
    /** Short boxes with these names hold page furniture (bylines, dates, print links), not story text. */
    static final Pattern PAGE_FURNITURE = Pattern.compile(
            "byline|author|timestamp|dateline-meta|publish|updated|credit|breadcrumb|kicker|toolbar|reprint"
            + "|print|tags|social|caption|meta", Pattern.CASE_INSENSITIVE);
    static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation",
            "alert", "alertdialog", "dialog");
    private static final Pattern COMMAS = Pattern.compile("[,\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]");

    private DomSignals() {
    }

    static String classAndId(Element e) {
        return e.className() + " " + e.id();
    }

    /** +25 / -25 for positive / negative words in the class and the id, as Readability does. */
    static int classWeight(Element e) {
        int w = 0;
        String cls = e.className();
        if (!cls.isEmpty()) {
            if (NEGATIVE.matcher(cls).find()) {
                w -= 25;
            }
            if (POSITIVE.matcher(cls).find()) {
                w += 25;
            }
        }
        String id = e.id();
        if (!id.isEmpty()) {
            if (NEGATIVE.matcher(id).find()) {
                w -= 25;
            }
            if (POSITIVE.matcher(id).find()) {
                w += 25;
            }
        }
        return w;
    }

    /** Share of the element's text that sits inside links (in-page "#" links count for less). */
    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        double links = 0;
        for (Element a : e.getElementsByTag("a")) {
            String href = a.attr("href");
            double coefficient = href.length() > 1 && href.startsWith("#") ? 0.3 : 1;
            links += a.text().length() * coefficient;
        }
        return links / total;
    }

    static int commas(String text) {
        int n = 0;
        var m = COMMAS.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    static boolean hasAncestor(Element e, String tag, int maxDepth) {
        int depth = 0;
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (maxDepth > 0 && depth++ >= maxDepth) {
                return false;
            }
            if (p.normalName().equals(tag)) {
                return true;
            }
        }
        return false;
    }
}
