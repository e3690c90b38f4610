package org.eventwire.coding;

import org.eventwire.geo.EventPlaceLocator;

import edu.stanford.nlp.pipeline.CoreSentence;
import org.eventwire.coding.dict.Dictionaries;
import org.eventwire.model.Entity;
import org.eventwire.model.Event;
import org.eventwire.model.EventActor;
import org.eventwire.model.EventLocation;
import org.eventwire.model.Mention;
import org.eventwire.model.Modality;
import org.eventwire.model.Place;
import org.eventwire.model.Span;
import org.eventwire.model.TimeExpression;
import org.eventwire.pipeline.ArticleContext;
import org.eventwire.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;

/**
 * The event coding stage: codes every sentence (SentenceCoder), reads modality, dates and
 * places each event, records who reports it, flags background, and merges restatements of
 * the same fact into one event with several evidence spans. Sets ctx.events().
 */
public final class EventCoder implements Stage {
    private final Dictionaries dict;
    private final ModalityDetector modality = new ModalityDetector();

    public EventCoder(Dictionaries dict) {
        this.dict = dict;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public void apply(ArticleContext ctx) {
        if (ctx.document() == null) {
            return;
        }
        List<Sent> sents = new ArrayList<>();
        List<CoreSentence> cs = ctx.document().sentences();
        for (int i = 0; i < cs.size(); i++) {
            sents.add(Sent.of(i, cs.get(i)));
        }
        SentenceCoder coder = new SentenceCoder(dict, dateInt(ctx.referenceDate()));
        ArticleActors actors = new ArticleActors(ctx, coder.finder(), sents);
        EventTiming timing = new EventTiming(ctx);
        QuotedStance quoted = new QuotedStance(ctx, coder, actors);
        ReportedStance reported = new ReportedStance(coder, actors, ctx.quotes());
        ActAntecedent antecedent = new ActAntecedent(new VerbMatcher(dict));
        List<Event> merged = new ArrayList<>();
        boolean storyDiscard = sents.stream().anyMatch(s -> coder.discarded(s, true));
        for (Sent s : sents) {
            if (storyDiscard || s.size() == 0) {
                break;
            }
            timing.see(s, ctx.times(), ctx.dateline() != null && ctx.dateline().evidence() != null
                    ? ctx.dateline().evidence().end() : 0);
            if (!coder.discarded(s, false)) {
                List<CodedEvent> coded = coder.code(s, actors);
                coded.addAll(quoted.code(s, coded, merged));
                coded.addAll(reported.code(s, coded));
                for (CodedEvent c : coded) {
                    CodedEvent e = SympathyTarget.retarget(antecedent.retarget(c, merged), merged); // whose move, which victim
                    Event ev = build(ctx, e, timing, merged.size() + 1, actors);
                    ev = ev == null ? null : ActOwner.retarget(ctx, ev, e, merged);
                    if (ev != null && !SelfTarget.is(ev)) {
                        int at = Restatement.restated(merged, ev);
                        if (at < 0) {
                            merged.add(ev);
                        } else {
                            merged.set(at, restated(merged.get(at), ev));
                        }
                    }
                }
            }
            actors.learn(s);
        }
        ctx.setEvents(ArticleEchoes.fold(new ArrayList<>(merged), EventCoder::restated));
    }

    private Event build(ArticleContext ctx, CodedEvent e, EventTiming timing, int n, ArticleActors actors) {
        Sent s = e.sentence();
        int v = e.verb();
        ModalityDetector.Reading r = modality.read(s, v);
        String code = e.code();
        if (r.refused()) {
            code = ModalityDetector.refusalCode(code);
        } else if (r.threat()) {
            code = ModalityDetector.threatCode(code);
        } else if (r.intent() && !r.has("NEGATED")) {
            code = ModalityDetector.intentCode(code);
        }
        CameoCode info = CameoCodebook.get().nearest(code);
        if (info == null) {
            return null;
        }
        List<Modality> mods = new ArrayList<>();
        for (CodedEvent.Cue c : r.cues()) {
            if (!(r.refused() && c.flag().equals("NEGATED") && code.startsWith("12"))) {
                mods.add(new Modality(c.flag(), span(ctx, s, c.start(), c.end())));
            }
        }
        EventTiming.Dating when = timing.dating(s, v, ctx.times());
        TimeExpression own = when.own();
        boolean background = when.background();
        if (background) {
            mods.add(new Modality("BACKGROUND", new Span(own.start(), own.end(), own.text())));
        } else if (BackgroundFrame.cue(s, v, ctx.times()) >= 0) {
            int cue = BackgroundFrame.cue(s, v, ctx.times());
            background = true;
            mods.add(new Modality("BACKGROUND", span(ctx, s, cue, cue)));
        }
        boolean negated = mods.stream().anyMatch(m -> m.flag().equals("NEGATED"));
        boolean hypothetical = mods.stream().anyMatch(m -> m.flag().equals("HYPOTHETICAL"));
        boolean claimed = mods.stream().anyMatch(m -> m.flag().equals("CLAIMED"));
        int lo = e.source().start() < 0 ? e.verbStart() : Math.min(e.verbStart(), e.source().start());
        if (e.target() != null && !e.targetFromContext() && e.target().start() >= 0) {
            lo = Math.min(lo, e.target().start()); // "the minister was stabbed": the target leads
        }
        int hi = Math.max(e.verbEnd(), e.target() == null || e.targetFromContext() ? e.verbEnd() : e.target().end());
        String plover = info.plover();
        Span evidence = span(ctx, s, lo, hi);
        EventLocation where = location(ctx, s, v);
        if (where == null) {
            // no locative place in the clause: the geo stage's rules (sentence, context, dateline)
            Span sentence = new Span(s.begin[0], s.end[s.end.length - 1], null);
            Place dateline = ctx.dateline() == null ? null
                    : EventPlaceLocator.placeNamed(ctx.places(), ctx.dateline().place());
            where = EventPlaceLocator.locate(ctx.text(), sentence, evidence, info.code().compareTo("06") < 0,
                    ctx.places(), dateline);
        }
        EventActor target = e.target() == null ? null : e.target().start() < 0
                ? elsewhere(ctx, e.target(), actors.focusMention()) : actor(ctx, s, e.target());
        EventActor source = e.source().start() < 0 ? elsewhere(ctx, e.source(), actors.focusMention())
                : actor(ctx, s, e.source());
        return new Event("e" + n, source, target,
                info.code().equals(code) ? code : info.code(), info.name(), plover, info.ploverMode(),
                info.goldstein(), info.quadClass(), when.date(), where, background, negated,
                hypothetical, claimed, mods, Sourcing.of(ctx, s, v), evidence, List.of(), e.coder());
    }

    static Event restated(Event old, Event more) {
        List<Span> ev = new ArrayList<>(old.moreEvidence());
        ev.add(more.evidence());
        return new Event(old.id(), old.source(), old.target() != null ? old.target() : more.target(), old.cameo(),
                old.cameoName(), old.plover(), old.ploverMode(), old.goldstein(), old.quadClass(), old.date(),
                old.location() != null ? old.location() : more.location(), old.background(), old.negated(),
                old.hypothetical(), old.claimed(), old.modality(), old.sourcing(), old.evidence(), ev, old.coder());
    }

    /** An actor the sentence leaves implicit, named and evidenced where the article names it. */
    private static EventActor elsewhere(ArticleContext ctx, FoundActor a, Span mention) {
        Entity e = ctx.entityAt(mention.start());
        boolean same = e != null && e.name().equals(mention.text());
        return new EventActor(Territories.code(a.code()), mention.text(), same ? e.id() : null, mention);
    }

    private static final String IMPLIED = "implied agent: ";

    private static EventActor actor(ArticleContext ctx, Sent s, FoundActor a) {
        if (a.reason().startsWith(IMPLIED)) {
            // no words name it: the name says why it was implied
            return new EventActor(Territories.code(a.code()), a.reason().substring(IMPLIED.length()), null, null);
        }
        Entity e = ctx.entityAt(s.begin[a.head()]);
        String name = e != null ? e.name() : ctx.text().substring(s.begin[a.start()], s.end[a.end()]);
        return new EventActor(Territories.code(CountryAsState.code(s, a)), name, e == null ? null : e.id(),
                span(ctx, s, a.start(), a.end()));
    }

    private static final java.util.Set<String> LOCATIVE = java.util.Set.of("in", "at", "near", "inside", "outside",
            "across", "around", "outside of", "within");

    /**
     * A place the event's clause, else its sentence, names with a locative preposition ("in
     * Niamey", "at the border near Goma"); a country named as an actor ("the United States
     * condemned") is no location. Null if none.
     */
    static EventLocation location(ArticleContext ctx, Sent s, int v) {
        Place inSentence = null;
        for (Place p : ctx.places()) {
            for (Mention m : p.mentions()) {
                int tok = EventTiming.tokenAt(s, m.start());
                if (tok < 0 || !locative(s, tok)) {
                    continue;
                }
                if (s.dominates(v, tok)) {
                    return new EventLocation(p.name(), p.country(), p.lat(), p.lon(), "named in the event's clause");
                }
                if (inSentence == null) {
                    inSentence = p;
                }
            }
        }
        return inSentence == null ? null : new EventLocation(inSentence.name(), inSentence.country(),
                inSentence.lat(), inSentence.lon(), "named in the event's sentence");
    }

    /** True when the noun phrase holding the token is governed by a locative preposition. */
    private static boolean locative(Sent s, int tok) {
        int x = tok;
        while (s.head[x] >= 0 && (s.rel[x].equals("compound") || s.rel[x].equals("flat"))) {
            x = s.head[x];
        }
        return LOCATIVE.contains(s.caseOf(x));
    }

    static Span span(ArticleContext ctx, Sent s, int from, int to) {
        return Span.of(ctx.text(), s.begin[from], s.end[to]);
    }

    /** yyyy-MM-dd as yyyymmdd, 0 when unknown. */
    static int dateInt(String iso) {
        if (iso == null || !iso.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return 0;
        }
        return Integer.parseInt(iso.replace("-", ""));
    }
}
