package org.eventwire.coding;

import org.eventwire.model.Entity;
import org.eventwire.model.Mention;
import org.eventwire.pipeline.ArticleContext;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * "The embassy declined the request" after "the US Embassy in London": a body named with "the"
 * and a bare word of its name is the organisation the article last named with that word (an
 * entity, or a role phrase with a country: "the US Embassy"), and has its country, not the
 * country the article is about. One instance per article.
 */
final class DefiniteBody {
    /** Role words the article has given a country so far ("embassy" -> USA), the latest winning. */
    private final Map<String, String> learned = new HashMap<>();

    /** Remembers "US Embassy", "the Kenyan ministry": a role word with a plain country modifying it. */
    void learn(Sent s, ActorFinder.Hits h) {
        for (int i = 0; i < s.size(); i++) {
            if (h.actor[i] == null || h.actor[i].start() != i) {
                continue;
            }
            String code = h.actor[i].entry().codeOn(0);
            int up = s.head[h.actor[i].end()];
            if (code != null && code.matches("[A-Z]{3}") && !code.equals("IGO") && up > h.actor[i].end()
                    && h.agent[up] != null && s.pos[up].startsWith("NN")) {
                learned.put(s.lemma[up].toLowerCase(Locale.ROOT), code);
            }
        }
    }

    /** The country of the organisation the definite common noun at head refers back to, or null. */
    String country(ArticleContext ctx, Sent s, int head) {
        if (head < 0 || !s.pos[head].startsWith("NN") || s.pos[head].startsWith("NNP") || !s.ner[head].equals("O")) {
            return null;
        }
        int det = s.child(head, "det");
        if (det < 0 || !s.lemma[det].equalsIgnoreCase("the") || s.children(head).stream()
                .anyMatch(c -> !s.rel[c].equals("det") && !s.rel[c].equals("punct") && c < head)) {
            return null;   // "the Kenyan embassy", "the new embassy": the phrase says more
        }
        String word = s.lemma[head].toLowerCase(Locale.ROOT);
        int before = s.begin[head];
        String best = null;
        int at = -1;
        for (Entity e : ctx.entities()) {
            if (!e.type().equals("ORGANIZATION") || e.actor() == null || e.actor().country() == null
                    || !hasWord(e.name(), word)) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.end() <= before && m.start() > at) {
                    at = m.start();
                    best = e.actor().country();
                }
            }
        }
        return best != null ? best : learned.get(word);
    }

    /** "US Embassy in London" has the word "embassy". */
    private static boolean hasWord(String name, String word) {
        for (String w : name.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (w.equals(word)) {
                return true;
            }
        }
        return false;
    }
}
