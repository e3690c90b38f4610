package org.eventwire.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element holding the article body, following the candidate scoring of Mozilla
 * Readability: paragraphs give points to their ancestors, the best-scored ancestor (discounted
 * by link density) wins, and its siblings that look like content are pulled in.
 */
final class ContentFinder {
    private static final Set<String> TAGS_TO_SCORE = Set.of("section", "h2", "h3", "h4", "h5", "h6",
            "p", "td", "pre");
    private static final Set<String> DIV_TO_P = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre",
            "table", "ul", "section", "article", "figure", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> PHRASING = Set.of("abbr", "audio", "b", "bdo", "br", "button", "cite",
            "code", "data", "datalist", "dfn", "em", "embed", "i", "img", "input", "kbd", "label", "mark",
            "math", "meter", "noscript", "object", "output", "progress", "q", "ruby", "samp", "script",
            "select", "small", "span", "strong", "sub", "sup", "textarea", "time", "var", "wbr", "a", "del",
            "ins", "u", "s", "font");
    private static final Set<String> EMPTY_REMOVABLE = Set.of("div", "section", "header", "h1", "h2", "h3",
            "h4", "h5", "h6");

    private final boolean stripUnlikely;
    private final boolean weightClasses;
    private final ItemTimer timer;
    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final Map<Element, Integer> order = new IdentityHashMap<>();

    ContentFinder(boolean stripUnlikely, boolean weightClasses, ItemTimer timer) {
        this.stripUnlikely = stripUnlikely;
        this.weightClasses = weightClasses;
        this.timer = timer;
    }

    /** A new element holding the top candidate and its content-like siblings; the doc is modified. */
    Element find(Document doc) {
        Element body = doc.body();
        List<Element> toScore = new ArrayList<>();
        for (Element e : new ArrayList<>(body.getAllElements())) {
            timer.tick(HtmlArticleExtractor.STEP);
            if (e == body || detached(e, body)) {
                continue;
            }
            order.put(e, order.size());
            String tag = e.normalName();
            if (stripUnlikely && unlikely(e, tag)) {
                e.remove();
                continue;
            }
            if (EMPTY_REMOVABLE.contains(tag) && e.text().isBlank() && e.select("img,video,picture").isEmpty()) {
                e.remove();
                continue;
            }
            if (TAGS_TO_SCORE.contains(tag)) {
                toScore.add(e);
            } else if (tag.equals("div")) {
                if (!hasBlockChild(e)) {
                    toScore.add(e);
                } else {
                    toScore.addAll(wrapPhrasingRuns(e));
                }
            }
        }
        for (Element e : toScore) {
            timer.tick(HtmlArticleExtractor.STEP);
            scoreParagraph(e);
        }
        Element top = topCandidate(body);
        return joinSiblings(top, doc);
    }

    private boolean unlikely(Element e, String tag) {
        if (tag.equals("body") || tag.equals("a") || tag.equals("article") || tag.equals("main")) {
            return false;
        }
        if (unlikelyRole(e)) {
            return true;
        }
        if (tag.equals("nav") || tag.equals("aside") || tag.equals("footer")) {
            return true;
        }
        String ci = DomSignals.classAndId(e);
        return DomSignals.UNLIKELY.matcher(ci).find() && !DomSignals.MAYBE.matcher(ci).find()
                && !DomSignals.hasAncestor(e, "table", 0) && !DomSignals.hasAncestor(e, "code", 0);
    }

    private static boolean unlikelyRole(Element e) {
        return DomSignals.UNLIKELY_ROLES.contains(e.attr("role"));
    }

    private static boolean detached(Element e, Element body) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == body) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (DIV_TO_P.contains(c.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** Text sitting directly in a div next to blocks becomes its own paragraph, as Readability does. */
    private static List<Element> wrapPhrasingRuns(Element div) {
        List<Element> created = new ArrayList<>();
        List<Node> run = new ArrayList<>();
        for (Node child : new ArrayList<>(div.childNodes())) {
            boolean phrasing = child instanceof TextNode
                    || child instanceof Element el && PHRASING.contains(el.normalName());
            if (phrasing) {
                run.add(child);
            } else {
                wrap(run, created);
            }
        }
        wrap(run, created);
        return created;
    }

    private static void wrap(List<Node> run, List<Element> created) {
        StringBuilder text = new StringBuilder();
        for (Node n : run) {
            text.append(n instanceof TextNode t ? t.text() : ((Element) n).text());
        }
        if (!text.toString().isBlank()) {
            Element p = new Element("p");
            run.get(0).before(p);
            for (Node n : run) {
                p.appendChild(n);
            }
            created.add(p);
        }
        run.clear();
    }

    private void scoreParagraph(Element e) {
        if (e.parent() == null) {
            return;
        }
        String text = e.text();
        if (text.length() < 25) {
            return;
        }
        double score = 1 + DomSignals.commas(text) + Math.min(text.length() / 100, 3);
        int level = 0;
        for (Element anc = e.parent(); anc != null && level < 5; anc = anc.parent(), level++) {
            if (anc.parent() == null) {
                break;
            }
            if (!scores.containsKey(anc)) {
                scores.put(anc, initialScore(anc));
            }
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            scores.merge(anc, score / divider, Double::sum);
        }
    }

    private double initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return s + (weightClasses ? DomSignals.classWeight(e) : 0);
    }

    private Element topCandidate(Element body) {
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>();
        for (Map.Entry<Element, Double> en : scores.entrySet()) {
            timer.tick(HtmlArticleExtractor.STEP);
            double s = en.getValue() * (1 - DomSignals.linkDensity(en.getKey()));
            en.setValue(s);
            ranked.add(en);
        }
        // ties broken by document position so the choice never depends on hash order
        ranked.sort((a, b) -> a.getValue().equals(b.getValue())
                ? Integer.compare(position(a.getKey()), position(b.getKey()))
                : Double.compare(b.getValue(), a.getValue()));
        if (ranked.isEmpty() || ranked.get(0).getKey() == body) {
            return body;
        }
        Element top = ranked.get(0).getKey();
        double topScore = ranked.get(0).getValue();
        // several close runners-up inside one ancestor: the ancestor holds the whole article
        List<Element> close = new ArrayList<>();
        for (int i = 1; i < Math.min(5, ranked.size()); i++) {
            if (ranked.get(i).getValue() / topScore >= 0.75) {
                close.add(ranked.get(i).getKey());
            }
        }
        if (close.size() >= 3) {
            for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
                int inside = 0;
                for (Element c : close) {
                    if (isAncestor(p, c)) {
                        inside++;
                    }
                }
                if (inside >= 3) {
                    top = p;
                    break;
                }
            }
        }
        scores.putIfAbsent(top, initialScore(top));
        // climb while the parents' scores grow: more content may lurk beside the candidate
        double last = scores.get(top);
        for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
            Double ps = scores.get(p);
            if (ps == null) {
                continue;
            }
            if (ps < last / 3) {
                break;
            }
            if (ps > last) {
                top = p;
                break;
            }
            last = ps;
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        scores.putIfAbsent(top, initialScore(top));
        return top;
    }

    private Element joinSiblings(Element top, Document doc) {
        Element article = doc.createElement("div");
        if (top == doc.body()) {
            for (Node n : new ArrayList<>(top.childNodes())) {
                article.appendChild(n);
            }
            return article;
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        Element parent = top.parent();
        for (Element sib : new ArrayList<>(parent.children())) {
            boolean append = sib == top;
            if (!append) {
                double bonus = !top.className().isEmpty() && sib.className().equals(top.className())
                        ? topScore * 0.2 : 0;
                Double s = scores.get(sib);
                if (s != null && s + bonus >= threshold) {
                    append = true;
                } else if (sib.normalName().equals("p")) {
                    double ld = DomSignals.linkDensity(sib);
                    String text = sib.text();
                    int len = text.length();
                    append = len > 80 && ld < 0.25
                            || len > 0 && len <= 80 && ld == 0 && text.matches("(?s).*\\.( .*|$)");
                }
            }
            if (append) {
                article.appendChild(sib);
            }
        }
        return article;
    }

    private static boolean isAncestor(Element anc, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == anc) {
                return true;
            }
        }
        return false;
    }

    private int position(Element e) {
        return order.getOrDefault(e, Integer.MAX_VALUE);
    }
}
