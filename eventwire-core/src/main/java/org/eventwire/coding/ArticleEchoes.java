package org.eventwire.coding;

import org.eventwire.model.Event;
import org.eventwire.model.EventActor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BinaryOperator;

/**
 * One act told twice in an article with two words ("Trump had a phone conversation with
 * Erdogan" ... "Trump spoke with Erdogan"; "lying" and "a calamity" in one speaker's quote):
 * the same named source, the same target and the same CAMEO root read as a restatement, so the
 * later reading becomes more evidence of the first instead of a second event. Coders count one
 * event per act. A target is required: without one, two readings need not be the same act.
 */
final class ArticleEchoes {
    private ArticleEchoes() {
    }

    static List<Event> fold(List<Event> events, BinaryOperator<Event> restated) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            int same = -1;
            for (int i = 0; i < out.size() && same < 0; i++) {
                if (restates(out.get(i), e)) {
                    same = i;
                }
            }
            if (same >= 0) {
                out.set(same, restated.apply(out.get(same), e));
            } else {
                out.add(e);
            }
        }
        return renumbered(out, events.size());
    }

    static boolean restates(Event old, Event e) {
        return !old.background() && !e.background() && old.negated() == e.negated()
                && old.target() != null && e.target() != null
                && old.cameo().regionMatches(0, e.cameo(), 0, 2)
                && sameActor(old.source(), e.source()) && old.target().code().equals(e.target().code());
    }

    /** The same entity, else the same code and name: "Hassan Rouhani" twice, not two different ministers of one state. */
    private static boolean sameActor(EventActor a, EventActor b) {
        if (a.entityId() != null && b.entityId() != null) {
            return a.entityId().equals(b.entityId());
        }
        return a.code().equals(b.code()) && a.name() != null && b.name() != null
                && a.name().toLowerCase(Locale.ROOT).equals(b.name().toLowerCase(Locale.ROOT));
    }

    /** Ids stay e1, e2, ... in order when something was folded. */
    private static List<Event> renumbered(List<Event> out, int before) {
        if (out.size() == before) {
            return out;
        }
        List<Event> ids = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Event e = out.get(i);
            ids.add(new Event("e" + (i + 1), e.source(), e.target(), e.cameo(), e.cameoName(), e.plover(),
                    e.ploverMode(), e.goldstein(), e.quadClass(), e.date(), e.location(), e.background(),
                    e.negated(), e.hypothetical(), e.claimed(), e.modality(), e.sourcing(), e.evidence(),
                    e.moreEvidence(), e.coder()));
        }
        return ids;
    }
}
