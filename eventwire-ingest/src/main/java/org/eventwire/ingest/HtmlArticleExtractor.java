package org.eventwire.ingest;

import java.util.ArrayList;
import java.util.Locale;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Extracts the article body and metadata from a news page. The body is found with the candidate
 * scoring of Mozilla Readability (see {@link ContentFinder}); when a pass yields too little text
 * it is retried with fewer filters, as Readability does.
 */
public final class HtmlArticleExtractor {
    /** The step named when a page runs over its item's time budget. */
    static final String STEP = "html extraction";
    /** A body shorter than this makes the extractor retry with fewer filters. */
    static final int MIN_BODY_CHARS = 500;
    private static final String NON_CONTENT = "script, style, noscript, template, svg, canvas, link, meta,"
            + " iframe, object, embed, button, input, select, textarea, dialog, head";

    private HtmlArticleExtractor() {
    }

    /** The article in {@code html}; {@code url} (may be null) resolves relative links. Never null. */
    public static ExtractedArticle extract(String html, String url) {
        return extract(html, url, ItemTimer.unlimited());
    }

    /**
     * As {@link #extract(String, String)}, on the item's clock: parsing and every walk check it
     * and throw {@link OverBudgetException} past the budget. Nesting beyond
     * {@link Limits#MAX_HTML_DEPTH} is flattened first, so no walk costs more than that depth.
     */
    static ExtractedArticle extract(String html, String url, ItemTimer timer) {
        Document doc = parse(html == null ? "" : html, url == null ? "" : url, timer);
        DeepMarkup.flatten(doc, timer);
        PageMetadata meta = PageMetadata.of(doc);
        removeNonContent(doc);
        String best = "";
        boolean[][] passes = {{true, true, true}, {false, true, true}, {false, false, true}, {false, false, false}};
        for (boolean[] pass : passes) {
            timer.check(STEP);
            Document copy = doc.clone();
            Element article = new ContentFinder(pass[0], pass[1], timer).find(copy);
            ConditionalCleaner.clean(article, pass[2], timer);
            String text = BlockText.render(article, timer);
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

    /** jsoup's parser reading through a clock-checking reader: parsing stops with the budget. */
    private static Document parse(String html, String url, ItemTimer timer) {
        Reader in = new FilterReader(new StringReader(html)) {
            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                timer.check(STEP);
                return super.read(buf, off, len);
            }
        };
        return Parser.htmlParser().parseInput(in, url);
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
