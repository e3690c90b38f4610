package org.eventwire.coding;

import org.eventwire.model.Quote;
import org.eventwire.pipeline.ArticleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who the article says reports an event, nearest first: the speaker whose words hold it
 * (a quote, or the subject of "said that"), then "according to X", "X said in a statement",
 * "reported X", "read the X press release", and last the article's own agency.
 */
final class Sourcing {
    private static final Set<String> REPORT = Set.of("say", "tell", "add", "state", "tweet", "write",
            "announce", "report", "read", "claim", "emphasize", "stress", "underscore", "confirm", "note");

    private Sourcing() {
    }

    static List<String> of(ArticleContext ctx, Sent s, int verb) {
        List<String> out = new ArrayList<>();
        String text = ctx.text();
        int dl = ctx.dateline() != null && ctx.dateline().evidence() != null ? ctx.dateline().evidence().end() : 0;
        for (Quote q : ctx.quotes()) {
            if (q.start() <= s.begin[verb] && s.begin[verb] < q.end() && q.speaker() != null && q.speaker().name() != null) {
                add(out, q.speaker().name());
            }
        }
        // speech verbs that govern the event, then those hanging off the sentence root
        for (int x = s.head[verb]; x >= 0; x = s.head[x]) {
            if (REPORT.contains(s.lemma[x])) {
                add(out, teller(s, x, text, dl));
            }
        }
        for (int i = 0; i < s.size(); i++) {
            if (REPORT.contains(s.lemma[i]) && !s.dominates(i, verb) && i != verb
                    && (s.rel[i].equals("parataxis") || s.rel[i].equals("dep") || s.rel[i].equals("root"))) {
                add(out, teller(s, i, text, dl));
            }
            if (s.lemma[i].equals("accord") && i + 1 < s.size() && s.lemma[i + 1].equals("to")) {
                int h = s.head[i];
                if (h >= 0) {
                    add(out, phrase(s, h, text));
                }
            }
        }
        if (ctx.dateline() != null && ctx.dateline().agency() != null) {
            add(out, ctx.dateline().agency());
        }
        return out;
    }

    /** The subject of a speech verb, else its object ("reported Al Jazeera", "read the press release"). */
    private static String teller(Sent s, int v, String text, int datelineEnd) {
        int subj = s.child(v, "nsubj");
        // the dateline's place is no teller, whatever the parse made of it
        if (subj >= 0 && s.begin[subj] >= datelineEnd) {
            return phrase(s, subj, text);
        }
        int obj = s.child(v, "obj");
        return obj >= 0 ? phrase(s, obj, text) : null;
    }

    /** The words of a noun phrase without its clauses. */
    static String phrase(Sent s, int head, String text) {
        int lo = head;
        int hi = head;
        for (int i = 0; i < s.size(); i++) {
            if (s.dominates(head, i) && within(s, head, i)) {
                lo = Math.min(lo, i);
                hi = Math.max(hi, i);
            }
        }
        while (lo < hi && (s.pos[lo].equals("DT") || s.rel[lo].equals("punct") || s.rel[lo].equals("case"))) {
            lo++;
        }
        return text.substring(s.begin[lo], s.end[hi]);
    }

    private static boolean within(Sent s, int head, int i) {
        for (int x = i; x != head; x = s.head[x]) {
            String r = s.rel[x];
            if (r.startsWith("acl") || r.equals("conj") || r.equals("cc") || r.equals("punct") || r.equals("appos")
                    || r.equals("parataxis") || r.startsWith("advcl") || r.equals("dep")) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<String> out, String who) {
        if (who != null && !who.isBlank() && !out.contains(who)
                && !Set.of("he", "she", "it", "they", "we", "i").contains(who.toLowerCase())) {
            out.add(who);
        }
    }
}
