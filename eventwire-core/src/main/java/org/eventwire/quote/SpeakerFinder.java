package org.eventwire.quote;

import org.eventwire.entity.Lexicon;
import org.eventwire.model.Entity;
import org.eventwire.model.Mention;
import org.eventwire.nlp.ParsedSentence;
import org.eventwire.pipeline.ArticleContext;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * From a reporting verb to the speaker: the verb's subject (or the object of "according to"),
 * through coordination and "was quoted as saying"; a pronoun to its entity; a channel noun
 * ("the press release said") to the organisation behind it.
 */
final class SpeakerFinder {
    /** A resolved speaker: entity (may be null), the mention span, the name to show, the channel. */
    record Found(Entity entity, int start, int end, String name, String channel) {
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "him", "her");

    private final ArticleContext ctx;

    SpeakerFinder(ArticleContext ctx) {
        this.ctx = ctx;
    }

    /** The speaker of the cue, or null when the cue has no subject. quoteEnd: where the quote ends. */
    Found speaker(Cue cue, Found previousWithChannel, int quoteEnd) {
        ParsedSentence s = cue.sentence();
        int subj = cue.according() ? s.head(cue.token())
                : subject(s, cue.token(), s.begin(cue.token()) >= quoteEnd);
        if (subj < 0) {
            subj = adjacentSubject(s, cue.token());
        }
        if (subj < 0) {
            return null;
        }
        String channel = channelFromVerb(s, cue.token());
        String word = s.word(subj).toLowerCase(Locale.ROOT);
        if (SpeechLexicon.CHANNEL_NOUNS.contains(s.lemma(subj))) {
            String ch = SpeechLexicon.channelOf(s.lemma(subj), modifierWord(s, subj, "compound"));
            Entity owner = ownerOf(s, subj);
            int[] np = nounPhrase(s, subj);
            if (owner != null) {
                return new Found(owner, s.begin(np[0]), s.end(np[1]), owner.name(), ch);
            }
            if (previousWithChannel != null && ch.equals(previousWithChannel.channel())) {
                return new Found(previousWithChannel.entity(), s.begin(np[0]), s.end(np[1]),
                        previousWithChannel.name(), ch);
            }
            return new Found(null, s.begin(np[0]), s.end(np[1]), text(s, np), ch);
        }
        Entity e = ctx.entityAt(s.begin(subj));
        if (e == null && PRONOUNS.contains(word)) {
            e = mainSubjectEntity(s, cue.token(), subj);
        }
        if (e != null) {
            Mention m = mentionAt(e, s.begin(subj));
            int st = m != null ? m.start() : s.begin(subj);
            int en = m != null ? m.end() : s.end(subj);
            return new Found(e, st, en, e.name(), channel);
        }
        int[] np = nounPhrase(s, subj);
        Entity titled = nominal(s, subj, np);
        if (titled != null) {
            return new Found(titled, s.begin(np[0]), s.end(np[1]), titled.name(), channel);
        }
        return new Found(null, s.begin(np[0]), s.end(np[1]), text(s, np), channel);
    }

    /**
     * "the former secretary of state said", "the president said": a definite title noun is the
     * person last named with that title, else the person last named in the preceding text.
     */
    private Entity nominal(ParsedSentence s, int head, int[] np) {
        if (!s.tag(head).startsWith("NN") || s.tag(head).startsWith("NNP") || np[0] == head
                || !s.word(np[0]).equalsIgnoreCase("the") || !Lexicon.isTitleHead(s.word(head))) {
            return null;
        }
        // the person named with that title, else the person named most often so far
        java.util.Map<Entity, Integer> named = new java.util.LinkedHashMap<>();
        Entity titled = null;
        int titledAt = -1;
        for (Entity e : ctx.entities()) {
            if (!e.type().equals("PERSON")) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.end() <= s.begin(np[0]) && m.kind().equals("NAME")
                        && !QuoteSpans.inside(ctx.quoteSpans(), m.start())) {
                    named.merge(e, 1, Integer::sum);
                    if (e.title() != null && e.title().toLowerCase(Locale.ROOT).contains(s.word(head).toLowerCase(Locale.ROOT))
                            && m.start() > titledAt) {
                        titled = e;
                        titledAt = m.start();
                    }
                }
            }
        }
        Entity best = null;
        for (java.util.Map.Entry<Entity, Integer> en : named.entrySet()) {
            if (best == null || en.getValue() >= named.get(best)) {
                best = en.getKey();
            }
        }
        return titled != null ? titled : best;
    }

    /** The subject of the verb, looking through "and said", "was quoted as saying", "went on to say". */
    private int subject(ParsedSentence s, int verb, boolean afterQuote) {
        int v = verb;
        for (int hops = 0; v >= 0 && hops < 3; hops++) {
            int subj = outsideQuotes(s, v, "nsubj");
            if (subj >= 0) {
                return subj;
            }
            // inverted after a quote: "..., read the press release", "..., reported Al Jazeera"
            int obj = outsideQuotes(s, v, "obj");
            if (afterQuote && obj > v && hops == 0) {
                return obj;
            }
            String rel = s.relation(v);
            if (!(rel.startsWith("conj") || rel.startsWith("xcomp") || rel.startsWith("advcl"))) {
                return -1;
            }
            v = s.head(v);
        }
        return -1;
    }

    /**
     * When the parse gives the verb no subject (it often mis-attaches "..., Merkley said." and
     * "..., said O'Neill"), the name or pronoun right before the verb, else the noun phrase right
     * after it.
     */
    private int adjacentSubject(ParsedSentence s, int verb) {
        int before = verb - 1;
        if (before >= 0 && nameOrPronoun(s, before)) {
            return before;
        }
        int after = verb + 1;
        if (after < s.size() && s.tag(after).equals("DT")) {
            after++;
        }
        int head = -1;
        while (after < s.size() && (s.tag(after).startsWith("NN") || s.tag(after).equals("JJ"))
                && !QuoteSpans.inside(ctx.quoteSpans(), s.begin(after))) {
            head = after;
            after++;
        }
        return head >= 0 && s.tag(head).startsWith("NN") ? head : -1;
    }

    private boolean nameOrPronoun(ParsedSentence s, int i) {
        return !QuoteSpans.inside(ctx.quoteSpans(), s.begin(i))
                && (s.tag(i).startsWith("NNP") || s.tag(i).equals("PRP") && PRONOUNS.contains(s.word(i).toLowerCase(Locale.ROOT)));
    }

    private int outsideQuotes(ParsedSentence s, int v, String rel) {
        for (int c : s.children(v)) {
            if (s.relation(c).startsWith(rel) && !QuoteSpans.inside(ctx.quoteSpans(), s.begin(c))) {
                return c;
            }
        }
        return -1;
    }

    /** "in a statement", "in an interview", "tweeted": where the words were said. */
    private static String channelFromVerb(ParsedSentence s, int verb) {
        for (int c : s.children(verb)) {
            if (s.relation(c).startsWith("obl") && SpeechLexicon.CHANNEL_NOUNS.contains(s.lemma(c))) {
                return SpeechLexicon.channelOf(s.lemma(c), modifierWord(s, c, "compound"));
            }
        }
        return SpeechLexicon.VERB_CHANNEL.get(s.lemma(verb));
    }

    /** "the US State Department press release": the entity among the noun's modifiers. */
    private Entity ownerOf(ParsedSentence s, int noun) {
        for (int c : s.children(noun)) {
            String rel = s.relation(c);
            if (rel.equals("compound") || rel.startsWith("nmod") || rel.equals("amod")) {
                Entity e = ctx.entityAt(s.begin(c));
                if (e != null && !e.type().equals("LOCATION")) {
                    return e;
                }
                Entity inner = ownerOf(s, c);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /** For "what he called" inside a sentence whose main subject is named, that subject. */
    private Entity mainSubjectEntity(ParsedSentence s, int cue, int pronoun) {
        for (int v : s.ancestors(cue)) {
            int subj = s.child(v, "nsubj");
            if (subj >= 0 && subj < pronoun) {
                Entity e = ctx.entityAt(s.begin(subj));
                if (e != null) {
                    return e;
                }
            }
        }
        return null;
    }

    private static Mention mentionAt(Entity e, int offset) {
        for (Mention m : e.mentions()) {
            if (m.start() <= offset && offset < m.end()) {
                return m;
            }
        }
        return null;
    }

    /** The word right before the noun when it modifies it ("press" in "press release"). */
    private static String modifierWord(ParsedSentence s, int noun, String rel) {
        return noun > 0 && s.head(noun - 1) == noun && s.relation(noun - 1).equals(rel) ? s.word(noun - 1) : null;
    }

    /** The noun with its determiners and modifiers to the left. */
    static int[] nounPhrase(ParsedSentence s, int head) {
        int from = head;
        for (int j = head - 1; j >= 0 && s.dominatedBy(j, head); j--) {
            String rel = s.relation(j);
            if (rel.equals("det") || rel.equals("amod") || rel.equals("compound") || rel.startsWith("nmod:poss")
                    || rel.equals("case") || rel.equals("nummod") || rel.equals("flat")) {
                from = j;
            } else {
                break;
            }
        }
        return new int[]{from, head};
    }

    private String text(ParsedSentence s, int[] np) {
        return ctx.text().substring(s.begin(np[0]), s.end(np[1]));
    }
}
