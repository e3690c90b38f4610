package org.eventwire.coding;

import org.eventwire.coding.dict.StanceLexicon;
import org.eventwire.model.Entity;
import org.eventwire.model.Event;
import org.eventwire.model.EventActor;
import org.eventwire.model.EventCoderTrace;
import org.eventwire.model.Quote;
import org.eventwire.model.Speaker;
import org.eventwire.pipeline.ArticleContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Speech acts carried by what an attributed speaker says (direct quotations and reported
 * speech): "it is an insult to the international community" is the speaker's criticism,
 * "we appreciate the response" praise, "they need to stand by us" an appeal (StanceCues reads
 * the words). The source is the speaker's entity; the target the actor the words name, else a
 * third-person pronoun's entity, else an actor the reporting sentence names, else the doer of the
 * story's lead event (reactions answer it), else the article's country. A sentence already coded
 * with the same source and root keeps its event; negated words ("I do not condemn") give none.
 */
final class QuotedStance {
    private static final Set<String> FIRST = Set.of("i", "we", "me", "us", "my", "our", "myself", "ourselves");
    private static final String IMPLIED = "implied agent: ";
    /** Kinds that answer what someone did (criticism, accusation, appeal, threat): aimed at the lead event's actor. */
    private static final Set<String> REACTIONS = Set.of("CRITICIZE", "ACCUSE", "OUTRAGE", "APPEAL", "WARN", "THREATEN");

    private final ArticleContext ctx;
    private final SentenceCoder coder;
    private final SentenceCoder.Context actors;
    private final StanceCues cues;

    QuotedStance(ArticleContext ctx, SentenceCoder coder, SentenceCoder.Context actors) {
        this.ctx = ctx;
        this.coder = coder;
        this.actors = actors;
        this.cues = new StanceCues(StanceLexicon.builtIn());
    }

    /** The speech acts of the quotations in s not already among coded; earlier: the article's events so far. */
    List<CodedEvent> code(Sent s, List<CodedEvent> coded, Collection<Event> earlier) {
        List<CodedEvent> out = new ArrayList<>();
        if (s.size() == 0) {
            return out;
        }
        int sb = s.begin[0];
        int se = s.end[s.size() - 1];
        Set<String> done = new HashSet<>();
        for (Quote q : ctx.quotes()) {
            if (q.end() <= sb || q.start() >= se || q.speaker() == null) {
                continue;
            }
            Entity who = speakerEntity(q.speaker());
            if (who == null) {
                continue;
            }
            String code = who.actor().code();
            IntPredicate inside = t -> s.begin[t] >= q.start() && s.end[t] <= q.end();
            for (StanceCues.Cue c : cues.find(s, inside)) {
                String root = c.code().substring(0, 2);
                if (c.kind().equals("APPEAL")) {
                    // "they need to stand by us": the act is asked for, not done
                    coded.removeIf(e -> e.sentence() == s && s.dominates(c.cue(), e.verb()));
                }
                // the same word coded with this speaker: a targetless reading gives way, a targeted one stays
                coded.removeIf(e -> e.verb() == c.pred() && e.target() == null && e.source().code().equals(code));
                if (!done.add(code + "|" + root) || coded.stream().anyMatch(e -> e.source().code().equals(code)
                        && (e.verb() == c.pred() || e.code() != null && e.code().startsWith(root)))) {
                    continue;
                }
                FoundActor src = source(s, q.speaker(), who, c.pred());
                Target tg = target(s, c, inside, who, code, earlier);
                if (tg == null) {
                    continue;
                }
                int lo = Math.min(c.cue(), c.pred());
                int hi = Math.max(c.cue(), c.pred());
                out.add(new CodedEvent(s, src, tg.actor(), c.code(), c.pred(), lo, hi, List.of(), tg.fromContext(),
                        new EventCoderTrace("QuotedStance", c.kind().toLowerCase(Locale.ROOT) + " in a quotation of "
                                + who.name() + "; target " + tg.why(), entry(c.entry()))));
            }
        }
        return out;
    }

    static String entry(StanceLexicon.Entry e) {
        return e.kind() + "/" + e.word().toUpperCase(Locale.ROOT)
                + (e.generated() ? " via WordNet from " + e.seed().toUpperCase(Locale.ROOT) : "");
    }

    private Entity speakerEntity(Speaker sp) {
        if (sp.entityId() == null) {
            return null;
        }
        for (Entity e : ctx.entities()) {
            if (e.id().equals(sp.entityId())) {
                return e.actor() == null || e.actor().code() == null ? null : e;
            }
        }
        return null;
    }

    /** The speaker's mention when this sentence holds it, else the speaker named where the article does. */
    private static FoundActor source(Sent s, Speaker sp, Entity who, int at) {
        String code = who.actor().code();
        if (sp.start() != null) {
            for (int t = 0; t < s.size(); t++) {
                if (s.begin[t] == sp.start()) {
                    int end = t;
                    while (end + 1 < s.size() && sp.end() != null && s.end[end + 1] <= sp.end()) {
                        end++;
                    }
                    return new FoundActor(code, t, end, end, "quote speaker " + who.name(), false);
                }
            }
        }
        return new FoundActor(code, at, at, at, IMPLIED + who.name(), false);
    }

    private record Target(FoundActor actor, boolean fromContext, String why) {
    }

    private Target target(Sent s, StanceCues.Cue c, IntPredicate inside, Entity who, String code,
                          Collection<Event> earlier) {
        ActorFinder.Hits hits = coder.finder().hits(s);
        boolean pronounSubject = c.hint() >= 0 && s.pos[c.hint()].startsWith("PRP");
        if (c.hint() >= 0) {
            FoundActor a = actorAt(s, hits, c.hint(), who);
            if (a != null && !ownCountry(a.code(), code)) {
                return new Target(a, false, "the actor the words are about");
            }
            if (a != null && c.kind().equals("APPEAL")) {
                return null; // "the UK must come out", said by its own government: no appeal to anyone
            }
        }
        // an appeal to "they" is to them, and a judgement of a named subject ("the Kurds were
        // instrumental in the fight against ISIS") is about it, not about whatever else the words name
        boolean namedSubject = c.hint() >= 0 && s.pos[c.hint()].startsWith("NN") && !c.kind().equals("CONDOLE")
                && !c.kind().equals("PRAISE") && !c.kind().equals("INTEND") && !c.kind().equals("THREATEN");
        for (int t = 0; t < s.size() && !(pronounSubject && c.kind().equals("APPEAL")) && !namedSubject; t++) {
            FoundActor a = inside.test(t) && s.isNoun(t) ? actorAt(s, hits, t, who) : null;
            if (a != null && !a.code().equals(code) && !ownCountry(a.code(), code)) {
                return new Target(a, false, "named in the quotation");
            }
        }
        for (int t = 0; t < s.size(); t++) {
            FoundActor a = !inside.test(t) && s.isNoun(t) && !s.pos[t].startsWith("PRP") ? actorAt(s, hits, t, who) : null;
            if (a != null && !a.code().equals(code) && !ownCountry(a.code(), code) && !media(a.code())) {
                return new Target(a, false, "named in the reporting sentence");
            }
        }
        boolean sympathy = c.kind().equals("CONDOLE");
        for (Event e : REACTIONS.contains(c.kind()) || sympathy ? earlier : List.<Event>of()) {
            if (e.background()) {
                continue;
            }
            // a reaction answers the story's lead event: its doer, or, when the speaker did it, its target;
            // sympathy goes to its victim
            EventActor lead = !sympathy && e.source() != null && e.source().code() != null
                    && !e.source().code().equals(code) ? e.source() : e.target();
            if (lead != null && lead.code() != null && !lead.code().equals(code) && !ownCountry(lead.code(), code)) {
                String name = lead.name() == null ? lead.code() : lead.name();
                return new Target(new FoundActor(lead.code(), c.pred(), c.pred(), c.pred(), IMPLIED + name, false),
                        true, "actor of the lead event");
            }
            break;
        }
        FoundActor f = actors.fallbackTarget(s, c.pred());
        return new Target(f, true, "the country the article is about");
    }

    /** A speaker's own country as a whole ("Iran" in an Iranian minister's words) is not whom it accuses or praises. */
    private static boolean ownCountry(String target, String speaker) {
        return target.length() == 3 && speaker.startsWith(target);
    }

    /** The outlet a statement was made to or quoted by ("told journalists", "as quoted by") is a channel, not a target. */
    private static boolean media(String code) {
        return code.length() >= 6 && (code.endsWith("JRN") || code.endsWith("MED"));
    }

    /** The actor at token t other than the speaker; pronouns through the entity they were resolved to. */
    private FoundActor actorAt(Sent s, ActorFinder.Hits hits, int t, Entity who) {
        if (FIRST.contains(s.lemma[t]) || FIRST.contains(s.word[t].toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (s.pos[t].startsWith("PRP")) {
            Entity e = ctx.entityAt(s.begin[t]);
            if (e == null || e == who || e.actor() == null || e.actor().code() == null) {
                return null;
            }
            return new FoundActor(e.actor().code(), t, t, t, "pronoun for " + e.name(), false);
        }
        Set<Integer> exclude = new HashSet<>();
        for (int i = 0; i < s.size(); i++) {
            if (ctx.entityAt(s.begin[i]) == who || FIRST.contains(s.lemma[i])) {
                exclude.add(i);
            }
        }
        if (exclude.contains(t)) {
            return null;
        }
        for (FoundActor a : coder.actorsAt(s, hits, t, exclude, actors)) {
            // a role given the speaker's country only from context ("President" near "Mexican") is no evidence
            boolean borrowed = a.reason().contains("from context") && a.code().startsWith(who.actor().code().substring(0,
                    Math.min(3, who.actor().code().length())));
            if (!a.noCountry() && a.start() >= 0 && ctx.entityAt(s.begin[a.head()]) != who && !borrowed) {
                return a;
            }
        }
        return null;
    }
}
