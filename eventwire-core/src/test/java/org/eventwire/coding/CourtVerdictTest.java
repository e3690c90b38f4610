package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Verdicts told without the court: the judiciary of the place's country finds the convicted guilty (116). */
class CourtVerdictTest {
    private static boolean verdict(List<Event> evs, String court, String target) {
        return evs.stream().anyMatch(e -> e.coder().rule().equals("CourtVerdict") && e.source().code().equals(court)
                && e.cameo().equals("116") && e.target() != null && e.target().code().equals(target));
    }

    @Test
    void aSentenceImpliesTheCourt() {
        List<Event> evs = events("A 40-year-old man was sentenced to twelve years in prison in Nairobi on Tuesday.");
        assertTrue(verdict(evs, "KENJUD", "KEN"), evs.toString());
    }

    @Test
    void aGuiltyVerdictImpliesTheCourt() {
        List<Event> evs = events("Shopkeeper Aidan Byrne was found guilty of arson in Dublin on Thursday.");
        assertTrue(verdict(evs, "IRLJUD", "IRL"), evs.toString());
    }

    @Test
    void aNamedCourtIsTheSource() {
        List<Event> evs = events("A court in Dublin sentenced the shopkeeper to three years on Thursday.");
        assertTrue(evs.stream().noneMatch(e -> e.coder().rule().equals("CourtVerdict")), evs.toString());
    }
}
