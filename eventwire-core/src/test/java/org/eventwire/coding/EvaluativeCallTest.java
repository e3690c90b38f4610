package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Naming someone's act in evaluative words: criticism or praise, whatever the verb of naming. */
class EvaluativeCallTest {
    private static boolean has(List<Event> evs, String source, String code, String target) {
        return evs.stream().anyMatch(e -> e.source().code().startsWith(source) && e.cameo().equals(code)
                && (target == null || e.target() != null && e.target().code().startsWith(target))
                && e.coder() != null && e.coder().rule().equals("EvaluativeCall"));
    }

    @Test
    void callingAnActBarbarityIsCriticism() {
        List<Event> evs = events("Polish President Andrzej Nowak called the stabbing an act of barbarity.");
        assertTrue(has(evs, "POL", "111", null), evs.toString());
        // the named act is not the caller's own
        assertFalse(evs.stream().anyMatch(e -> e.cameo().startsWith("18")), evs.toString());
    }

    @Test
    void targetIsWhoseActItIs() {
        List<Event> evs = events("The Turkish activist called the Saudi government's admission a political maneuver.");
        assertTrue(has(evs, "TUR", "111", "SAUGOV"), evs.toString());
    }

    @Test
    void describedAsIsTheSameAct() {
        List<Event> evs = events("The Philippine defense minister described the bombing as a dastardly act.");
        assertTrue(has(evs, "PHL", "111", null), evs.toString());
    }

    @Test
    void acclaimIsPraise() {
        List<Event> evs = events("France called the agreement with Germany a historic achievement.");
        assertTrue(has(evs, "FRA", "051", null), evs.toString());
    }

    @Test
    void negatedNamingIsNothing() {
        List<Event> evs = events("France did not call the agreement a mistake.");
        assertFalse(has(evs, "FRA", "111", null), evs.toString());
    }
    @Test
    void judgementReplacesAPlainStatement() {
        List<Event> evs = events("The Thai king considered it inappropriate for royals to run for office.");
        assertTrue(has(evs, "THA", "111", null), evs.toString());
        assertFalse(evs.stream().anyMatch(e -> e.cameo().startsWith("01")), evs.toString());
    }
}
