package org.eventwire.coding;

import org.eventwire.model.EventActor;
import org.eventwire.model.EventCoderTrace;

import java.util.List;

/**
 * An event as coded inside one sentence, before the article-level steps (dates, places,
 * sourcing, merging of restatements). Token indexes point into the sentence. coder names the
 * construction, pattern and lexicon entry that produced it.
 */
public record CodedEvent(Sent sentence, FoundActor source, FoundActor target, String code, int verb,
                         int verbStart, int verbEnd, List<Cue> cues, boolean targetFromContext,
                         EventCoderTrace coder) {
    /**
     * This event aimed at an actor an earlier event of the article named (the doer of "the move",
     * the victim a condolence is for): the target stands at token {@code at}, comes from context,
     * and the trace keeps this event's pattern and entry and adds {@code rule} and {@code why}.
     */
    CodedEvent aimedAtEarlier(EventActor actor, int at, String rule, String why) {
        String name = actor.name() == null ? actor.code() : actor.name();
        FoundActor t = new FoundActor(actor.code(), at, at, at, "implied agent: " + name, false);
        String entry = coder == null || coder.entry() == null ? "" : coder.entry() + "; ";
        return new CodedEvent(sentence, source, t, code, verb, verbStart, verbEnd, cues, true,
                new EventCoderTrace(rule, coder == null ? null : coder.pattern(), entry + why));
    }

    /** A modality flag and the token range of the words that set it. */
    public record Cue(String flag, int start, int end) {
    }
}
