package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.eventwire.coding.ArticleFixture.has;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Private people take the country of the place the act happened, as the event is located, not the article's focus. */
class PlaceOfActTest {
    @Test
    void theVictimIsOfThePlaceNamedJustBefore() {
        List<Event> evs = events("A gunman burst into a bakery in Vancouver, British Columbia on Friday.\n\n"
                + "One customer was shot and killed before the gunman fled.\n\n"
                + "In other news, state police in Oregon said a bank in Salem, Oregon and a shop in Portland, Oregon were closed.");
        assertTrue(has(evs, "CAN", "19", "CANCVL"), evs.toString());
    }
}
