package org.eventwire.coding;

import org.eventwire.model.Event;

import java.util.List;

/**
 * Sympathy that names no one in its sentence ("the State Department gave its deepest sympathies", "expressions
 * of condolence have come from A and B") goes to the victim of the violence the article told
 * last before it: the target of the latest earlier current event of CAMEO 18 to 20.
 */
final class SympathyTarget {
    private SympathyTarget() {
    }

    /** e aimed at the latest earlier victim when it is sympathy without a target, else e unchanged. */
    static CodedEvent retarget(CodedEvent e, List<Event> earlier) {
        if (e.code() == null || !e.code().startsWith("018") || e.target() != null && !e.targetFromContext()) {
            return e;
        }
        Sent s = e.sentence();
        Event last = null;
        for (Event a : earlier) {
            boolean violent = a.cameo() != null && a.cameo().compareTo("18") >= 0 && a.cameo().compareTo("21") < 0;
            if (violent && !a.background() && a.target() != null && a.target().code() != null
                    && a.evidence() != null && a.evidence().start() < s.begin[0]
                    && (last == null || a.evidence().start() > last.evidence().start())) {
                last = a;
            }
        }
        if (last == null || last.target().code().equals(e.source().code())) {
            return e;
        }
        return e.aimedAtEarlier(last.target(), e.verb(), "SympathyTarget", "the victim of " + last.cameo());
    }
}
