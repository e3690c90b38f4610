package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.eventwire.coding.ArticleFixture.has;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A passive whose subject the parser attached to the clause before it still acts on that subject. */
class StrandedSubjectTest {
    @Test
    void victimBeforeThePassiveAfterAfter() {
        List<Event> evs = events("An official said a man had been arrested after Joseph Okello, the mayor of the "
                + "Ugandan town of Gulu, was stabbed on Sunday night.");
        assertTrue(has(evs, "UGA", "18", "UGAGOV"), evs.toString());
    }
}
