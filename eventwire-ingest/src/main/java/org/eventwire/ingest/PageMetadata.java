package org.eventwire.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Title, publication date and author from a page's meta tags, microdata, JSON-LD and time elements. */
record PageMetadata(String title, String date, String author) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] DATE_META = {
        "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
        "publish-date", "publish_date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
        "dcterms.created", "dc.date", "date", "article.published", "og:updated_time"};
    private static final String[] TITLE_META = {
        "og:title", "twitter:title", "title"};

    static PageMetadata of(Document doc) {
        List<JsonNode> ld = jsonLd(doc);
        String date = firstDate(doc, ld);
        String title = firstNonBlank(metaContent(doc, TITLE_META), ldText(ld, "headline"),
                text(doc.selectFirst("h1")), doc.title());
        String author = firstNonBlank(metaContent(doc, "author", "byl", "article:author",
                        "parsely-author", "dc.creator"),
                ldAuthor(ld), text(doc.selectFirst("[itemprop=author] [itemprop=name], [itemprop=author]")),
                text(doc.selectFirst("a[rel=author]")));
        if (author != null && author.startsWith("http")) {
            author = null;
        }
        if (author != null && author.length() > 120) {
            author = null;
        }
        return new PageMetadata(title, date, author);
    }

    private static String firstDate(Document doc, List<JsonNode> ld) {
        String meta = Dates.normalize(metaContent(doc, DATE_META));
        if (meta != null) {
            return meta;
        }
        String fromLd = Dates.normalize(ldText(ld, "datePublished"));
        if (fromLd != null) {
            return fromLd;
        }
        for (Element t : doc.select("[itemprop=datePublished], time[pubdate], time[datetime]")) {
            String d = Dates.normalize(t.hasAttr("datetime") ? t.attr("datetime")
                    : t.hasAttr("content") ? t.attr("content") : t.text());
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static String metaContent(Document doc, String... keys) {
        // names vary in case across sites (DC.date, dc.date): compare lower-cased
        Map<String, String> metas = new HashMap<>();
        for (Element e : doc.select("meta[content]")) {
            String c = e.attr("content").strip();
            for (String attr : new String[] {"property", "name", "itemprop"}) {
                String k = e.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (!k.isEmpty() && !c.isEmpty()) {
                    metas.putIfAbsent(k, c);
                }
            }
        }
        for (String k : keys) {
            String c = metas.get(k);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private static List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                flatten(JSON.readTree(s.data()), out, 0);
            } catch (Exception e) {
                // broken JSON-LD is common on real pages: the other sources still count
            }
        }
        return out;
    }

    private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> flatten(n, out, depth + 1));
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.get("@graph"), out, depth + 1);
            flatten(node.get("mainEntity"), out, depth + 1);
        }
    }

    private static String ldText(List<JsonNode> ld, String field) {
        for (JsonNode n : ld) {
            JsonNode v = n.get(field);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText().strip();
            }
        }
        return null;
    }

    private static String ldAuthor(List<JsonNode> ld) {
        for (JsonNode n : ld) {
            JsonNode a = n.get("author");
            if (a == null) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (JsonNode one : a.isArray() ? a : List.of(a)) {
                String name = one.isTextual() ? one.asText() : one.path("name").asText("");
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
            if (!names.isEmpty()) {
                return String.join(", ", names);
            }
        }
        return null;
    }

    private static String text(Element e) {
        return e == null ? null : e.hasAttr("content") ? e.attr("content") : e.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
