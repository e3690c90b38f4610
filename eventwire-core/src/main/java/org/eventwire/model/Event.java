package org.eventwire.model;

import java.util.List;

/**
 * A coded event: source does cameo to target. goldstein and quadClass follow the CAMEO
 * code; plover is the PLOVER event type (mode where known). sourcing lists who the article says
 * reports the fact, nearest first, ending with the article's agency. background events are
 * history or context, not news of the day. coder says which rule, pattern and entry coded it.
 */
public record Event(String id, EventActor source, EventActor target, String cameo, String cameoName,
                    String plover, String ploverMode, double goldstein, int quadClass, String date,
                    EventLocation location, boolean background, boolean negated,
                    boolean hypothetical, boolean claimed, List<Modality> modality,
                    List<String> sourcing, Span evidence, List<Span> moreEvidence, EventCoderTrace coder) {
    /** An event with no record of what coded it (events read from elsewhere, tests). */
    public Event(String id, EventActor source, EventActor target, String cameo, String cameoName,
                 String plover, String ploverMode, double goldstein, int quadClass, String date,
                 EventLocation location, boolean background, boolean negated,
                 boolean hypothetical, boolean claimed, List<Modality> modality,
                 List<String> sourcing, Span evidence, List<Span> moreEvidence) {
        this(id, source, target, cameo, cameoName, plover, ploverMode, goldstein, quadClass, date, location,
                background, negated, hypothetical, claimed, modality, sourcing, evidence, moreEvidence, null);
    }
}
