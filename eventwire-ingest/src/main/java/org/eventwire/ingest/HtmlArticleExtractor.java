package org.eventwire.ingest;

import java.util.ArrayList;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the article body and metadata from a news page. The body is found with the candidate
 * scoring of Mozilla Readability (see {@link ContentFinder}); when a pass yields too little text
 * it is retried with fewer filters, as Readability does.
 */
public final class HtmlArticleExtractor {
    /** A body shorter than this makes the extractor retry with fewer filters. */
    static final int MIN_BODY_CHARS = 500;
    private static final String NON_CONTENT = "script, style, noscript, template, svg, canvas, link, meta,"
            + " iframe, object, embed, button, input, select, textarea, dialog, head";

    private HtmlArticleExtractor() {
    }

    /** The article in {@code html}; {@code url} (may be null) resolves relative links. Never null. */
    public static ExtractedArticle extract(String html, String url) {
        Document doc = Jsoup.parse(html == null ? "" : html, url == null ? "" : url);
        PageMetadata meta = PageMetadata.of(doc);
        removeNonContent(doc);
        String best = "";
        boolean[][] passes = {{true, true, true}, {false, true, true}, {false, false, true}, {false, false, false}};
        for (boolean[] pass : passes) {
            Document copy = doc.clone();
            Element article = new ContentFinder(pass[0], pass[1]).find(copy);
            ConditionalCleaner.clean(article, pass[2]);
            String text = BlockText.render(article);
            if (text.length() > best.length()) {
                best = text;
            }
            if (text.length() >= MIN_BODY_CHARS) {
                best = text;
                break;
            }
        }
        return new ExtractedArticle(best, meta.title(), meta.date(), meta.author());
    }

    /** Scripts, styles, form controls and hidden elements carry no article text. */
    private static void removeNonContent(Document doc) {
        doc.select(NON_CONTENT).remove();
        doc.select("[hidden], [aria-hidden=true]").remove();
        for (Element e : new ArrayList<>(doc.select("[style]"))) {
            String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
            if (style.contains("display:none") || style.contains("visibility:hidden")) {
                e.remove();
            }
        }
        doc.select("*").forEach(e -> e.childNodes().stream()
                .filter(n -> n instanceof org.jsoup.nodes.Comment).toList().forEach(org.jsoup.nodes.Node::remove));
    }
}
