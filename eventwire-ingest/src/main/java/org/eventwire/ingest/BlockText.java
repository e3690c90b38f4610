package org.eventwire.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Renders an element as plain text: one paragraph per block, "\n\n" between paragraphs. */
final class BlockText {
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd",
            "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption", "center");

    private static final Pattern SPACE = Pattern.compile("[\\s\u00a0\u200b]+");
    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    private BlockText() {
    }

    static List<String> paragraphs(Element root) {
        return paragraphs(root, ItemTimer.unlimited());
    }

    /** The paragraphs of {@code root}; an iterative walk, so any nesting depth is safe. */
    static List<String> paragraphs(Element root, ItemTimer timer) {
        BlockText bt = new BlockText();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                timer.tick(HtmlArticleExtractor.STEP);
                if (node != root) {
                    bt.open(node);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node != root) {
                    bt.close(node);
                }
            }
        }, root);
        bt.flush();
        return bt.paragraphs;
    }

    static String render(Element root) {
        return String.join("\n\n", paragraphs(root));
    }

    static String render(Element root, ItemTimer timer) {
        return String.join("\n\n", paragraphs(root, timer));
    }

    private void open(Node node) {
        if (node instanceof TextNode t) {
            // source line breaks are layout, not text: only <br> makes a line break
            current.append(SPACE.matcher(t.getWholeText()).replaceAll(" "));
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("br")) {
                current.append('\n');
            } else if (tag.equals("td") || tag.equals("th")) {
                current.append(' ');
            } else if (BLOCKS.contains(tag)) {
                flush();
            }
        }
    }

    private void close(Node node) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("td") || tag.equals("th")) {
                current.append(' ');
            } else if (BLOCKS.contains(tag)) {
                flush();
            }
        }
    }

    /** Ends the paragraph; a blank line made by two line breaks in a row splits it in two. */
    private void flush() {
        StringBuilder para = new StringBuilder();
        for (String line : current.toString().split("\n", -1)) {
            String l = collapse(line);
            if (l.isEmpty()) {
                add(para);
                para.setLength(0);
            } else {
                if (para.length() > 0) {
                    para.append('\n');
                }
                para.append(l);
            }
        }
        add(para);
        current.setLength(0);
    }

    private void add(StringBuilder para) {
        if (para.length() > 0) {
            paragraphs.add(para.toString());
        }
    }

    private static String collapse(String s) {
        return SPACE.matcher(s).replaceAll(" ").strip();
    }
}
