package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.eventwire.coding.ArticleFixture.has;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A private person's death implies an attacker only when the sentence tells violence. */
class ViolenceCueTest {
    @Test
    void aStabbingImpliesAnAttackerOfThePlace() {
        List<Event> evs = events("A shopkeeper was stabbed to death in Lyon on Sunday night.");
        assertTrue(has(evs, "FRA", "18", "FRACVL"), evs.toString());
    }

    @Test
    void aDeathWithNoViolenceToldImpliesNoAttacker() {
        List<Event> evs = events("A climber was killed near Chamonix on Sunday when an ice ledge gave way.");
        assertTrue(evs.stream().noneMatch(e -> e.cameo().startsWith("19") || e.cameo().startsWith("18")), evs.toString());
    }

    @Test
    void aShootingNamedInTheSentenceIsViolence() {
        List<Event> evs = events("A bus driver was killed in a shooting in Lyon on Sunday night.");
        assertTrue(has(evs, "FRA", "19", "FRACVL"), evs.toString());
    }

    @Test
    void openedFireIsNoBlaze() {
        List<Event> evs = events("A former clerk opened fire at a bakery in Leeds on Monday, killing a customer.");
        assertTrue(evs.stream().anyMatch(e -> e.source().code().equals("GBR") && e.cameo().startsWith("19")), evs.toString());
    }
}
