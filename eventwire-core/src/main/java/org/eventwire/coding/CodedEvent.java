package org.eventwire.coding;

import java.util.List;

/**
 * An event as coded inside one sentence, before the article-level steps (dates, places,
 * sourcing, merging of restatements). Token indexes point into the sentence.
 */
public record CodedEvent(Sent sentence, FoundActor source, FoundActor target, String code, int verb,
                         int verbStart, int verbEnd, List<Cue> cues, boolean targetFromContext) {
    /** A modality flag and the token range of the words that set it. */
    public record Cue(String flag, int start, int end) {
    }
}
