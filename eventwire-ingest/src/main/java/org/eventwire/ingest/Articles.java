package org.eventwire.ingest;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventwire.model.ArticleInput;

/** Builds input items from raw text or HTML, with the checks every reader shares. */
final class Articles {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private Articles() {
    }

    /** An item for plain text; a blank or oversized text is an error. */
    static InputItem fromText(String origin, String id, String text, String date, String title, String url,
                              String source, String warning) {
        if (text == null || text.isBlank()) {
            return InputItem.failed(origin, "empty text");
        }
        if (text.length() > Limits.MAX_ARTICLE_CHARS) {
            return InputItem.failed(origin, Limits.tooLarge("text", Limits.MAX_ARTICLE_CHARS, "characters"));
        }
        return InputItem.ok(origin, new ArticleInput(id, text.strip(), null, date, title, url,
                source != null ? source : host(url)), warning);
    }

    /**
     * An item for an HTML page: the body is extracted here, so the article carries text and no
     * html. The page's own metadata wins over {@code date} and {@code title} given by the container.
     */
    static InputItem fromHtml(String origin, String id, String html, String url, String date, String title,
                              String source, String warning, ItemTimer timer) {
        if (html == null || html.isBlank()) {
            return InputItem.failed(origin, "empty HTML");
        }
        ExtractedArticle a;
        try {
            a = HtmlArticleExtractor.extract(html, url, timer);
        } catch (OverBudgetException e) {
            // the page alone is lost: the reader stands at the next item
            return InputItem.failed(origin, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return InputItem.failed(origin, "html extraction: cannot parse the page: " + PullReader.oneLine(e));
        }
        if (a.text().isBlank()) {
            return InputItem.failed(origin, "no article text found in the HTML");
        }
        return fromText(origin, id, a.text(), a.date() != null ? a.date() : date,
                a.title() != null ? a.title() : title, url, source, warning);
    }

    /** HTML bytes to text: the charset of the transport, else of a meta tag, else UTF-8. */
    static TextDecoding.Decoded decodeHtml(byte[] bytes, String transportCharset) {
        String name = transportCharset;
        if (name == null) {
            Matcher m = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 4096),
                    StandardCharsets.ISO_8859_1));
            name = m.find() ? m.group(1) : null;
        }
        if (name != null && !name.toLowerCase(Locale.ROOT).replace("-", "").equals("utf8")) {
            try {
                Charset cs = Charset.forName(name);
                TextDecoding.Decoded probe = TextDecoding.decode(bytes);
                return probe.error() != null ? probe : new TextDecoding.Decoded(new String(bytes, cs), null, null);
            } catch (RuntimeException e) {
                // unknown charset name: fall back to UTF-8 below
            }
        }
        return TextDecoding.decode(bytes);
    }

    static String stem(String name) {
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        if (n.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? null : h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
