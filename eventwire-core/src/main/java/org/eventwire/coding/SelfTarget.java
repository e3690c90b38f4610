package org.eventwire.coding;

import org.eventwire.model.Event;

import java.util.Locale;

/**
 * An event whose source and target are one and the same entity ("his critics blame him" read
 * with "his critics" resolved to him, "it has been recognized by UNESCO" with "it" resolved to
 * UNESCO) is a misreading: no one acts on themselves in CAMEO. Two people of one body (USAGOV
 * to USAGOV) are two entities and stay.
 */
final class SelfTarget {
    private SelfTarget() {
    }

    static boolean is(Event ev) {
        if (ev.target() == null || !ev.source().code().equals(ev.target().code())) {
            return false;
        }
        String a = ev.source().entityId();
        String b = ev.target().entityId();
        if (a != null && b != null) {
            return a.equals(b);
        }
        return ev.source().name() != null && ev.target().name() != null
                && ev.source().name().toLowerCase(Locale.ROOT).equals(ev.target().name().toLowerCase(Locale.ROOT));
    }
}
