package org.eventwire.coding;

import java.util.ArrayList;
import java.util.List;

/** Readings of one act that add nothing to another reading of it in the same sentence. */
final class Echoes {
    private Echoes() {
    }

    /**
     * One act read twice, once with its target and once without ("threatened to launch an
     * offensive against Iraq" by the verb and by the light verb's noun): the reading without a
     * target adds nothing; of two without one, the more specific code stays ("threatened to ban":
     * 1322, not also 132).
     */
    static List<CodedEvent> without(List<CodedEvent> evs) {
        List<CodedEvent> out = new ArrayList<>();
        for (int i = 0; i < evs.size(); i++) {
            CodedEvent e = evs.get(i);
            boolean echo = false;
            for (int j = 0; j < evs.size() && e.target() == null && !echo; j++) {
                CodedEvent o = evs.get(j);
                echo = j != i && o.source().code().equals(e.source().code()) && o.code().regionMatches(0, e.code(), 0, 2)
                        && (o.target() != null || o.code().length() > e.code().length()
                        || o.code().equals(e.code()) && j < i);
            }
            if (!echo) {
                out.add(e);
            }
        }
        return out;
    }
}
