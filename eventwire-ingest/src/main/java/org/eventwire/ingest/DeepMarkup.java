package org.eventwire.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Flattens markup nested deeper than {@link Limits#MAX_HTML_DEPTH}: an element at that depth
 * keeps its text, as one paragraph per block, but loses its inner elements. Real pages never
 * come near the cap; hostile ones (100,000 nested divs) would otherwise make every scoring walk
 * cost elements x depth, and any recursive walk overflow the stack.
 */
final class DeepMarkup {
    private DeepMarkup() {
    }

    /** Flattens in place; returns how many elements were flattened. */
    static int flatten(Element root, ItemTimer timer) {
        int flattened = 0;
        Deque<Element> stack = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        stack.push(root);
        depths.push(0);
        while (!stack.isEmpty()) {
            timer.tick(HtmlArticleExtractor.STEP);
            Element e = stack.pop();
            int depth = depths.pop();
            if (depth >= Limits.MAX_HTML_DEPTH) {
                if (e.childrenSize() > 0) {
                    List<String> paragraphs = BlockText.paragraphs(e, timer);
                    e.empty();
                    for (String p : paragraphs) {
                        e.appendElement("p").text(p);
                    }
                    flattened++;
                }
                continue;
            }
            for (Element child : e.children()) {
                stack.push(child);
                depths.push(depth + 1);
            }
        }
        return flattened;
    }
}
