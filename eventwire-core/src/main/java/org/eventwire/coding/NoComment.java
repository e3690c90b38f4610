package org.eventwire.coding;

import java.util.Set;

/**
 * "Declined to comment", "refused to elaborate": a source's silence towards reporters rejects
 * no one's demand or proposal, so the declining verb codes no event.
 */
final class NoComment {
    private static final Set<String> DECLINE = Set.of("decline", "refuse");
    private static final Set<String> SPEAKING = Set.of("comment", "elaborate", "speak", "respond", "answer",
            "discuss", "say", "confirm", "talk");

    private NoComment() {
    }

    static boolean declines(Sent s, int v) {
        if (!DECLINE.contains(s.lemma[v])) {
            return false;
        }
        for (int c : s.childrenWith(v, "xcomp")) {
            if (SPEAKING.contains(s.lemma[c])) {
                return true;
            }
        }
        return false;
    }
}
