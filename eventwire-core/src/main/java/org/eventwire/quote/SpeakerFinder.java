package org.eventwire.quote;

import org.eventwire.entity.Lexicon;
import org.eventwire.model.Entity;
import org.eventwire.model.Mention;
import org.eventwire.model.Speaker;
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
    /**
     * A resolved speaker: entity (may be null), the mention span, the name to show, the channel,
     * and the kind of mention (NAME, PRONOUN, TITLE, NOMINAL, SPOKESPERSON).
     */
    record Found(Entity entity, int start, int end, String name, String channel, String kind) {
        Speaker toSpeaker(String text) {
            return new Speaker(name, entity == null ? null : entity.id(), start, end, text.substring(start, end), kind);
        }
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "him", "her");
    private static final Set<String> PARTITIVES = Set.of("number", "one", "some", "many", "several", "most",
            "majority", "dozens", "hundreds", "few", "members", "member", "group");
    private static final Set<String> RELATIVES = Set.of("who", "which", "that");
    /** Words that make a noun phrase a time, not a speaker ("said Thursday morning"). */
    private static final Set<String> TIME_WORDS = Set.of("morning", "afternoon", "evening", "night", "today",
            "yesterday", "tonight", "week", "weekend", "month", "year", "day", "time", "earlier", "later");

    private final ArticleContext ctx;
    private final PhraseSpeaker phrases;

    SpeakerFinder(ArticleContext ctx) {
        this.ctx = ctx;
        this.phrases = new PhraseSpeaker(ctx);
    }

    /** The speaker of the cue, or null when the cue has no subject. quoteEnd: where the quote ends. */
    Found speaker(Cue cue, Found previousWithChannel, int quoteEnd) {
        ParsedSentence s = cue.sentence();
        int subj = cue.according() ? s.head(cue.token())
                : subject(s, cue.token(), s.begin(cue.token()) >= quoteEnd);
        if (subj >= 0 && isTime(s, subj)) {
            subj = -1;
        }
        if (subj < 0) {
            subj = adjacentSubject(s, cue.token(), s.begin(cue.token()) >= quoteEnd);
        }
        if (subj < 0) {
            return null;
        }
        if (RELATIVES.contains(s.word(subj).toLowerCase(Locale.ROOT)) && s.tag(subj).startsWith("W")
                || s.word(subj).equalsIgnoreCase("that") && s.relation(subj).startsWith("nsubj")) {
            // "Clinton, who said", "a statement which said": the noun the relative clause hangs on
            int noun = relativeHead(s, cue.token());
            if (noun >= 0) {
                subj = noun;
            }
        }
        String channel = channelFromVerb(s, cue.token());
        if (channel == null) {
            // "said the ministry in a statement": the parse may hang the channel on the speaker
            channel = channelFromVerb(s, subj);
        }
        return resolve(s, subj, channel, previousWithChannel, 0);
    }

    /** From the head of the speaker phrase to the entity it stands for. */
    Found resolve(ParsedSentence s, int subj, String channel, Found previousWithChannel, int depth) {
        String word = s.word(subj).toLowerCase(Locale.ROOT);
        if (SpeechLexicon.CHANNEL_NOUNS.contains(s.lemma(subj)) && s.tag(subj).startsWith("NN")) {
            return fromChannel(s, subj, previousWithChannel, depth);
        }
        Entity e = ctx.entityAt(s.begin(subj));
        Entity group = e != null && e.type().equals("GROUP") ? e : null;
        if (group != null) {
            e = null;
        }
        if (e == null && PRONOUNS.contains(word) && !PhraseSpeaker.ORG_PRONOUNS.contains(word)) {
            e = mainSubjectEntity(s, subj, subj);
        }
        if (e != null) {
            Mention m = mentionAt(e, s.begin(subj));
            int st = m != null ? m.start() : s.begin(subj);
            int en = m != null ? m.end() : s.end(subj);
            return new Found(e, st, en, e.name(), channel, m != null ? m.kind() : "PRONOUN");
        }
        if (PhraseSpeaker.ORG_PRONOUNS.contains(word) && s.tag(subj).equals("PRP")) {
            Entity org = phrases.organisationFor(s, subj);
            if (org != null) {
                return new Found(org, s.begin(subj), s.end(subj), org.name(), channel, "PRONOUN");
            }
        }
        Mention inside = phrases.nameInside(s, subj);
        int whole = PARTITIVES.contains(word) && depth < 2 ? s.child(subj, "nmod") : -1;
        if (inside == null && whole >= 0 && !QuoteSpans.inside(ctx.quoteSpans(), s.begin(whole))) {
            // "a number of legislators", "one of the groups": the speaker is the whole
            return resolve(s, whole, channel, previousWithChannel, depth + 1);
        }
        if (inside != null) {
            Entity named = ctx.entityAt(inside.start());
            return new Found(named, inside.start(), inside.end(), named.name(), channel, inside.kind());
        }
        int[] np = nounPhrase(s, subj);
        if (PhraseSpeaker.isSpokesperson(s, subj)) {
            Entity body = phrases.bodyOf(s, subj);
            if (body != null) {
                return new Found(body, s.begin(np[0]), s.end(np[1]), body.name(), channel, "SPOKESPERSON");
            }
        }
        Entity titled = nominal(s, subj, np);
        if (titled != null) {
            return new Found(titled, s.begin(np[0]), s.end(np[1]), titled.name(), channel, "TITLE");
        }
        Entity body = phrases.definiteOrganisation(s, subj, np);
        if (body != null) {
            return new Found(body, s.begin(np[0]), s.end(np[1]), body.name(), channel, "NOMINAL");
        }
        Entity members = phrases.bodyOfCollective(s, subj);
        if (members != null) {
            return new Found(members, s.begin(np[0]), s.end(np[1]), members.name(), channel, "NOMINAL");
        }
        if (group != null) {
            return new Found(group, s.begin(np[0]), s.end(np[1]), group.name(), channel, "NOMINAL");
        }
        return new Found(null, s.begin(np[0]), s.end(np[1]), text(s, np), channel,
                s.tag(subj).startsWith("PRP") ? "PRONOUN" : "NOMINAL");
    }

    /**
     * "the press release said", "a statement released by the office", "They released a statement
     * which said": the organisation behind the channel, else the one whose channel came before.
     */
    private Found fromChannel(ParsedSentence s, int subj, Found previousWithChannel, int depth) {
        String ch = SpeechLexicon.channelOf(s.lemma(subj), modifierWord(s, subj, "compound"));
        int[] np = nounPhrase(s, subj);
        Entity owner = ownerOf(s, subj);
        if (owner == null && depth < 2) {
            Found by = issuer(s, subj, depth);
            if (by != null && (by.entity() != null || !by.kind().equals("PRONOUN"))) {
                // "a statement released by Erdogan's office": the issuer, named or described
                return new Found(by.entity(), by.start(), by.end(), by.name(), ch, by.kind());
            }
        }
        if (owner != null) {
            return new Found(owner, s.begin(np[0]), s.end(np[1]), owner.name(), ch, "NOMINAL");
        }
        if (previousWithChannel != null && (ch.equals(previousWithChannel.channel())
                || previousWithChannel.channel() == null)) {
            return new Found(previousWithChannel.entity(), s.begin(np[0]), s.end(np[1]),
                    previousWithChannel.name(), ch, "NOMINAL");
        }
        return new Found(null, s.begin(np[0]), s.end(np[1]), text(s, np), ch, "NOMINAL");
    }

    /** Who issued the channel: "a statement released by X" (agent), "X released a statement" (subject). */
    private Found issuer(ParsedSentence s, int noun, int depth) {
        for (int c : s.children(noun)) {
            if (s.relation(c).startsWith("acl") && !s.relation(c).equals("acl:relcl")) {
                for (int a : s.children(c)) {
                    if (s.relation(a).startsWith("obl") && s.child(a, "case") >= 0
                            && s.word(s.child(a, "case")).equalsIgnoreCase("by")) {
                        return resolve(s, a, null, null, depth + 1);
                    }
                }
            }
        }
        int verb = s.head(noun);
        if (verb >= 0 && s.relation(noun).equals("obj")) {
            int sub = s.child(verb, "nsubj");
            if (sub >= 0 && !QuoteSpans.inside(ctx.quoteSpans(), s.begin(sub))) {
                return resolve(s, sub, null, null, depth + 1);
            }
        }
        return null;
    }

    /** The noun a relative clause around the verb modifies, or -1. */
    private static int relativeHead(ParsedSentence s, int verb) {
        int v = verb;
        for (int hops = 0; v >= 0 && hops < 3; hops++) {
            if (s.relation(v).equals("acl:relcl")) {
                return s.head(v);
            }
            v = s.head(v);
        }
        return -1;
    }

    private static boolean isTime(ParsedSentence s, int t) {
        String ner = s.ner(t);
        return "DATE".equals(ner) || "TIME".equals(ner) || "DURATION".equals(ner)
                || TIME_WORDS.contains(s.word(t).toLowerCase(Locale.ROOT));
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
            if (!(rel.startsWith("conj") || rel.startsWith("xcomp") || rel.startsWith("advcl") || rel.equals("dep"))) {
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
    private int adjacentSubject(ParsedSentence s, int verb, boolean afterQuote) {
        int before = verb - 1;
        if (before >= 0 && nameOrPronoun(s, before)) {
            return before;
        }
        if (!afterQuote) {
            return -1; // "After saying her right foot was ...": what follows a verb before the quote is its object
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
        return head >= 0 && s.tag(head).startsWith("NN") && !isTime(s, head) ? head : -1;
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
            if ((s.relation(c).startsWith("obl") || s.relation(c).startsWith("nmod"))
                    && SpeechLexicon.CHANNEL_NOUNS.contains(s.lemma(c))) {
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
        while (from < head && s.relation(from).equals("case") && s.head(from) == head) {
            from++; // "by Erdogan's office": the preposition is not part of the name
        }
        return new int[]{from, head};
    }

    private String text(ParsedSentence s, int[] np) {
        return ctx.text().substring(s.begin(np[0]), s.end(np[1]));
    }
}
