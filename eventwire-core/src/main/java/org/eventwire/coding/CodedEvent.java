package org.eventwire.coding;

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
    /** A modality flag and the token range of the words that set it. */
    public record Cue(String flag, int start, int end) {
    }
}
