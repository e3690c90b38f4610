package org.eventwire.coding.dict;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stance lexicon: data lines, WordNet widening by first sense, exceptions. */
class StanceLexiconTest {
    @Test
    void readsSeedsByPartOfSpeech() {
        StanceLexicon x = StanceLexicon.parse(List.of("# comment", "111 CRITICIZE noun: insult", "051 PRAISE verb: thank"),
                false);
        assertEquals("111", x.get("noun", "insult").code());
        assertEquals("PRAISE", x.get("verb", "thank").kind());
        assertNull(x.get("verb", "insult"));
        assertNull(x.get("noun", "insult", "PRAISE"));
    }

    @Test
    void widensThroughTheFirstSenseOnly() {
        StanceLexicon x = StanceLexicon.parse(List.of("111 CRITICIZE adj: unjust"), true);
        StanceLexicon.Entry e = x.get("adj", "unfair");
        assertNotNull(e, "WordNet's first sense of unjust is shared by unfair");
        assertTrue(e.generated());
        assertEquals("unjust", e.seed());
    }

    @Test
    void exceptionsLeaveGeneratedWordsOut() {
        StanceLexicon x = StanceLexicon.parse(List.of("111 CRITICIZE adj: unjust", "--- EXCEPT adj: unfair"), true);
        assertNull(x.get("adj", "unfair"));
        assertNotNull(x.get("adj", "unjust"));
    }

    @Test
    void builtInHoldsEveryKind() {
        StanceLexicon x = StanceLexicon.builtIn();
        for (String[] w : new String[][] {{"noun", "insult"}, {"adj", "outraged"}, {"verb", "lie"}, {"verb", "thank"},
                {"adj", "right"}, {"noun", "prayer"}, {"verb", "destroy"}, {"modal", "must"}}) {
            assertNotNull(x.get(w[0], w[1]), w[1]);
        }
        assertTrue(x.size() > 150, "widened: " + x.size());
    }
}
