package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.eventwire.coding.ArticleFixture.has;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Charges and custody are legal action (173) by the police of the place; theft seizes property (171). */
class LegalActionLexiconTest {
    @Test
    void aChargeAfterAnOfficeShootingIsLegalAction() {
        // the arrest block's "held office" pattern must not undo "charged ... office party"
        List<Event> evs = events("A 52-year-old man was charged with murder in Leeds on Saturday after a shooting at an office party.");
        assertTrue(has(evs, "GBRCOP", "173", "GBR"), evs.toString());
    }

    @Test
    void takenIntoCustodyIsAnArrest() {
        List<Event> evs = events("A teenager was taken into custody in Cardiff on Monday.");
        assertTrue(has(evs, "GBRCOP", "173", "GBR"), evs.toString());
    }

    @Test
    void robbersWhoStealSeizeProperty() {
        List<Event> evs = events("Armed robbers stole paintings worth two million euros from a gallery in Lyon on Sunday.");
        assertTrue(has(evs, "FRACRM", "171", null), evs.toString());
    }

    @Test
    void aFeeChargedIsNoLegalAction() {
        List<Event> evs = events("The Lyon gallery charged visitors a fee of ten euros on Sunday.");
        assertTrue(evs.stream().noneMatch(e -> e.cameo().startsWith("17")), evs.toString());
    }
}
