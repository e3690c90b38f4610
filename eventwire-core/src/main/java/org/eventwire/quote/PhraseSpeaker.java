package org.eventwire.quote;

import org.eventwire.model.Entity;
import org.eventwire.model.Mention;
import org.eventwire.nlp.ParsedSentence;
import org.eventwire.pipeline.ArticleContext;

import java.util.Locale;
import java.util.Set;

/**
 * Takes a speaker noun phrase that is not itself a name to the entity it stands for: a name in
 * apposition or inside the phrase ("Dunn's mother, Charlotte Charles", "Niger's president
 * Mahamadou Issoufou"); a spokesperson or source to the body it speaks for ("a spokesperson for
 * the agency", "a source within the Interior Ministry", else the organisation the text was just
 * about); "they", "it" and "we" to the organisation last named as a subject.
 */
final class PhraseSpeaker {
    /** Nouns for someone who speaks on behalf of a body: the body is the speaker. */
    static final Set<String> SPOKESPEOPLE = Set.of("spokesperson", "spokesman", "spokeswoman", "spokespeople",
            "spokesmen", "spokeswomen", "source", "sources", "representative", "representatives", "official",
            "officials", "aide", "aides", "statement");
    /** Of these, the ones that always speak for some body, named or not. */
    private static final Set<String> ALWAYS_FOR = Set.of("spokesperson", "spokesman", "spokeswoman",
            "spokespeople", "spokesmen", "spokeswomen");
    static final Set<String> ORG_PRONOUNS = Set.of("they", "it", "we");
    private static final int WINDOW = 2;

    private final ArticleContext ctx;

    PhraseSpeaker(ArticleContext ctx) {
        this.ctx = ctx;
    }

    /** A person or organisation named in apposition to the head or inside its phrase, else null. */
    Mention nameInside(ParsedSentence s, int head) {
        Mention best = null;
        int bestRank = Integer.MAX_VALUE;
        for (int c : s.children(head)) {
            String rel = s.relation(c);
            int rank = rel.equals("appos") ? 0 : rel.equals("flat") || rel.equals("compound") || rel.equals("dep") ? 1 : -1;
            if (rank < 0 || QuoteSpans.inside(ctx.quoteSpans(), s.begin(c))) {
                continue;
            }
            Entity e = ctx.entityAt(s.begin(c));
            if (e == null && rel.equals("appos")) {
                // "One of these groups, the Syrian Democratic Forces": the name may sit below the appositive's head
                Mention inner = nameInside(s, c);
                e = inner == null ? null : ctx.entityAt(inner.start());
            }
            if (e == null || !(e.type().equals("PERSON") || e.type().equals("ORGANIZATION"))) {
                continue;
            }
            // a person before an organisation ("his wife Ana Ruiz, also CIA"), then apposition first
            int r = rank + (e.type().equals("PERSON") ? 0 : 2);
            Mention m = mentionNear(e, s.begin(c));
            if (m != null && r < bestRank) {
                best = m;
                bestRank = r;
            }
        }
        return best != null ? best : nameEndingPhrase(s, head);
    }

    /**
     * "Former US Ambassador to the United Nations Nikki Haley wrote": the parse hangs the name
     * under the title's prepositional phrase, but a person's name that ends the subject phrase
     * right after another name (not after "of", "to" or a possessive) is the title's holder.
     */
    private Mention nameEndingPhrase(ParsedSentence s, int head) {
        int end = s.subtree(head)[1];
        if (end <= head) {
            return null;
        }
        Entity e = ctx.entityAt(s.begin(end));
        Mention m = e == null || !e.type().equals("PERSON") ? null : mentionNear(e, s.begin(end));
        if (m == null || !m.kind().equals("NAME") || m.end() != s.end(end)) {
            return null;
        }
        int first = s.tokenAt(m.start());
        if (first <= head + 1) {
            return null;
        }
        String tag = s.tag(first - 1);
        return tag.equals("IN") || tag.equals("TO") || tag.equals("POS") || tag.equals("CC") || tag.equals("DT")
                || !s.tag(first - 1).startsWith("NNP") ? null : m;
    }

    /** True when the head noun is a spokesperson, source or official. */
    static boolean isSpokesperson(ParsedSentence s, int head) {
        return s.tag(head).startsWith("NN") && !s.tag(head).startsWith("NNP")
                && SPOKESPEOPLE.contains(s.word(head).toLowerCase(Locale.ROOT));
    }

    /**
     * The body a spokesperson speaks for: named in the phrase ("the agency's spokesman", "a
     * Pentagon spokeswoman", "a source within the ministry"), else for a spokesperson the
     * organisation last named as a subject just before.
     */
    Entity bodyOf(ParsedSentence s, int head) {
        for (int c : s.children(head)) {
            String rel = s.relation(c);
            if (rel.equals("compound") || rel.startsWith("nmod") || rel.equals("amod")) {
                Entity e = ctx.entityAt(s.begin(c));
                if (e != null && !e.type().equals("LOCATION") && !e.type().equals("GROUP")) {
                    return e;
                }
            }
        }
        return ALWAYS_FOR.contains(s.word(head).toLowerCase(Locale.ROOT)) ? recentOrganisation(s, s.begin(head)) : null;
    }

    /** Members named by a collective noun, and the words that name the body they belong to. */
    private static final Set<String> LEGISLATORS = Set.of("lawmakers", "legislators", "senators", "congressmen",
            "congresswomen", "mps", "parliamentarians", "deputies", "councillors", "councilors");
    private static final Set<String> LEGISLATURES = Set.of("parliament", "congress", "senate", "house", "assembly",
            "council", "legislature", "legislative", "duma", "knesset", "bundestag", "majlis");

    /** "legislators said": the legislature the article names, if it names one. */
    Entity bodyOfCollective(ParsedSentence s, int head) {
        if (!LEGISLATORS.contains(s.word(head).toLowerCase(Locale.ROOT))) {
            return null;
        }
        Entity best = null;
        for (Entity e : ctx.entities()) {
            if (!e.type().equals("ORGANIZATION")) {
                continue;
            }
            for (String w : e.name().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (LEGISLATURES.contains(w) && (best == null || e.mentions().size() > best.mentions().size())) {
                    best = e;
                }
            }
        }
        return best;
    }

    /** "they said", "it said": the organisation last named as a subject, else last named at all. */
    Entity organisationFor(ParsedSentence s, int pronoun) {
        return recentOrganisation(s, s.begin(pronoun));
    }

    /**
     * "the party said", "the ministry said": the organisation last named before whose name ends
     * in that noun ("Thai Raksa Chart Party").
     */
    Entity definiteOrganisation(ParsedSentence s, int head, int[] np) {
        if (!s.tag(head).startsWith("NN") || s.tag(head).startsWith("NNP") || np[0] == head
                || !s.word(np[0]).equalsIgnoreCase("the")) {
            return null;
        }
        String noun = s.word(head).toLowerCase(Locale.ROOT);
        Entity best = null;
        int bestAt = -1;
        for (Entity e : ctx.entities()) {
            if (!e.type().equals("ORGANIZATION")) {
                continue;
            }
            String[] words = e.name().toLowerCase(Locale.ROOT).split("\\s+");
            if (!words[words.length - 1].equals(noun)) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.end() <= s.begin(np[0]) && m.start() > bestAt) {
                    best = e;
                    bestAt = m.start();
                }
            }
        }
        return best;
    }

    /** The nearest sentence (this one or the two before) naming an organisation: its subject, else its last one. */
    private Entity recentOrganisation(ParsedSentence s, int before) {
        java.util.List<ParsedSentence> all = ctx.sentences();
        for (int k = s.index(); k >= Math.max(0, s.index() - WINDOW); k--) {
            ParsedSentence p = all.get(k);
            Entity subject = null;
            Entity last = null;
            for (int t = 0; t < p.size(); t++) {
                if (p.begin(t) >= before || QuoteSpans.inside(ctx.quoteSpans(), p.begin(t))) {
                    continue;
                }
                Entity e = ctx.entityAt(p.begin(t));
                if (e == null || !e.type().equals("ORGANIZATION")) {
                    continue;
                }
                last = e;
                if (subject == null && p.relation(t).startsWith("nsubj")) {
                    subject = e;
                }
            }
            if (last != null) {
                return subject != null ? subject : last;
            }
        }
        return null;
    }

    static Mention mentionNear(Entity e, int offset) {
        for (Mention m : e.mentions()) {
            if (m.start() <= offset && offset < m.end()) {
                return m;
            }
        }
        return null;
    }
}
