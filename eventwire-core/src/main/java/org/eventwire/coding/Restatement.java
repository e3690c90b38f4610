package org.eventwire.coding;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.eventwire.model.Event;

/**
 * When two coded events of an article are one fact told twice. Same actor codes and code are
 * not enough: "Tusk sent his condolences ... Morawiecki tweeted his prayers" are two acts of two
 * named people, and "police fired a live round ... police used tear gas" two acts of one (the
 * verbs belong to different lexicon blocks: firing, using force). Two readings are one fact when
 * their evidence overlaps (one clause read twice), or when they come from one block ("detained"
 * and "were holding" are both ARREST) and do not name two different people; a pronoun or a title
 * that names no one still merges with the named actor.
 */
final class Restatement {
    private Restatement() {
    }

    /** Source, target, code and flags: only events alike in these can be one fact. */
    static String key(Event ev) {
        return ev.source().code() + "|" + (ev.target() == null ? "" : ev.target().code()) + "|" + ev.cameo()
                + "|" + ev.background() + "|" + ev.negated();
    }

    /** The earlier event (alike by key) that the new one restates, or -1. */
    static int restated(List<Event> earlier, Event ev) {
        String key = key(ev);
        for (int i = 0; i < earlier.size(); i++) {
            if (key.equals(key(earlier.get(i))) && same(earlier.get(i), ev)) {
                return i;
            }
        }
        return -1;
    }

    static boolean same(Event a, Event b) {
        if (overlap(a, b)) {
            return true;
        }
        String ia = a.source().entityId();
        String ib = b.source().entityId();
        boolean twoPeople = ia != null && ib != null && !ia.equals(ib);
        // "officials asked ..." and "Raab urged ...": a named person is not the group they may belong to
        boolean personAndGroup = ia != null && ib == null && collective(b) || ib != null && ia == null && collective(a);
        return !twoPeople && !personAndGroup && act(a).equals(act(b));
    }

    /**
     * A source told as many by a plural common noun ("officials", "United Kingdom officials"); "they"
     * often stands for one body ("Thames Valley Police said they had arrested") and is not counted.
     */
    static boolean collective(Event ev) {
        String name = ev.source().span() != null ? ev.source().span().text() : ev.source().name();
        if (name == null || name.isBlank()) {
            return false;
        }
        String[] w = name.trim().split("\\s+");
        String last = w[w.length - 1];
        String low = last.toLowerCase(Locale.ROOT);
        return last.equals(low) && low.length() > 3 && low.endsWith("s") && !low.endsWith("ss");
    }

    private static boolean overlap(Event a, Event b) {
        return a.evidence() != null && b.evidence() != null
                && a.evidence().start() < b.evidence().end() && b.evidence().start() < a.evidence().end();
    }

    /** The entry's block ("CRITICIZE/CONDEMN" -> "CRITICIZE"); the rule when no entry is known. */
    static String act(Event ev) {
        if (ev.coder() == null) {
            return "";
        }
        String entry = ev.coder().entry();
        if (entry == null) {
            return Objects.toString(ev.coder().rule(), "");
        }
        String block = entry.split("[/ ]", 2)[0]; // "PRAISE via WordNet from THANK/THANK": PRAISE
        return block.toUpperCase(Locale.ROOT);
    }
}
