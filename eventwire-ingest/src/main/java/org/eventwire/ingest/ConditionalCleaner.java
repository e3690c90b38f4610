package org.eventwire.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Removes what rode along with the article body: link lists, forms, galleries, share bars and
 * boxes with little text, following Readability's "clean conditionally" rules.
 */
final class ConditionalCleaner {
    private static final Set<String> ALWAYS = Set.of("object", "embed", "footer", "link", "aside",
            "iframe", "input", "textarea", "select", "button", "form", "nav", "fieldset");

    private ConditionalCleaner() {
    }

    static void clean(Element article, boolean conditionally, ItemTimer timer) {
        for (Element e : new ArrayList<>(article.getAllElements())) {
            timer.tick(HtmlArticleExtractor.STEP);
            if (e != article && ALWAYS.contains(e.normalName())) {
                e.remove();
            }
        }
        removeFurniture(article, timer);
        // the headline is returned as the title; captions describe pictures, not the story
        article.select("h1, figcaption, caption").remove();
        for (Element h : article.select("h1, h2")) {
            if (DomSignals.classWeight(h) < 0) {
                h.remove();
            }
        }
        if (conditionally) {
            // deepest and last first, so a box is judged after the junk inside it is gone
            List<Element> nodes = new ArrayList<>(article.select("table, ul, ol, div, section"));
            for (int i = nodes.size() - 1; i >= 0; i--) {
                Element n = nodes.get(i);
                timer.tick(HtmlArticleExtractor.STEP);
                if (n != article && n.parent() != null && shouldRemove(n, n.normalName())) {
                    n.remove();
                }
            }
        }
    }

    private static void removeFurniture(Element article, ItemTimer timer) {
        for (Element e : new ArrayList<>(article.getAllElements())) {
            timer.tick(HtmlArticleExtractor.STEP);
            if (e == article || e.parent() == null) {
                continue;
            }
            String ci = DomSignals.classAndId(e);
            int len = e.text().length();
            if (len < 200 && DomSignals.PAGE_FURNITURE.matcher(ci).find() && !e.normalName().equals("p")) {
                e.remove();
                continue;
            }
            if (ci.toLowerCase().contains("share") && len < 500) {
                e.remove();
            }
        }
    }

    private static boolean shouldRemove(Element node, String tag) {
        if (DomSignals.hasAncestor(node, "code", 0)) {
            return false;
        }
        String text = node.text();
        int contentLength = text.length();
        boolean isList = tag.equals("ul") || tag.equals("ol");
        if (!isList) {
            int listLength = 0;
            for (Element l : node.select("ul, ol")) {
                listLength += l.text().length();
            }
            isList = contentLength > 0 && (double) listLength / contentLength > 0.9;
        }
        if (tag.equals("table") && isDataTable(node)) {
            return false;
        }
        int weight = DomSignals.classWeight(node);
        if (weight < 0) {
            return true;
        }
        if (DomSignals.commas(text) >= 10) {
            return false;
        }
        int p = node.getElementsByTag("p").size();
        int img = node.getElementsByTag("img").size();
        int li = node.getElementsByTag("li").size() - 100;
        int input = node.getElementsByTag("input").size();
        int headingLength = 0;
        for (Element h : node.select("h1, h2, h3, h4, h5, h6")) {
            headingLength += h.text().length();
        }
        double headingDensity = contentLength == 0 ? 0 : (double) headingLength / contentLength;
        int embeds = 0;
        for (Element e : node.select("object, embed, iframe, video")) {
            embeds++;
        }
        double ld = DomSignals.linkDensity(node);
        if (isList) {
            // a list made of links is a menu or a "more stories" box, not article text
            return ld > 0.5 && node.getElementsByTag("li").size() >= 2;
        }
        if (ld <= 0.5 && plainParagraphLength(node) >= 400) {
            // holds real paragraphs: link boxes inside it are judged on their own
            return false;
        }
        boolean inFigure = DomSignals.hasAncestor(node, "figure", 3);
        return img > 1 && (double) p / img < 0.5 && !inFigure
                || !isList && li > p
                || input > p / 3
                || !isList && headingDensity < 0.9 && contentLength < 25 && (img == 0 || img > 2) && !inFigure
                || !isList && weight < 25 && ld > 0.2
                || weight >= 25 && ld > 0.5
                || embeds == 1 && contentLength < 75 || embeds > 1;
    }

    private static int plainParagraphLength(Element node) {
        int n = 0;
        for (Element p : node.getElementsByTag("p")) {
            n += p.text().length() - p.select("a").text().length();
        }
        return n;
    }

    private static boolean isDataTable(Element table) {
        if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) {
            return false;
        }
        if (!table.attr("summary").isEmpty() || table.selectFirst("caption, th, thead, tfoot, colgroup") != null) {
            return true;
        }
        if (table.selectFirst("table") != table && table.select("table").size() > 1) {
            return false;
        }
        int rows = table.select("tr").size();
        int cols = 0;
        for (Element tr : table.select("tr")) {
            cols = Math.max(cols, tr.select("td").size());
        }
        return rows >= 10 || cols > 4 || rows * cols > 10;
    }
}
