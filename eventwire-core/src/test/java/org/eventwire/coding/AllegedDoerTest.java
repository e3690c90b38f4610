package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.eventwire.coding.ArticleFixture.has;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The accused of an allegation told as a clause is that clause's subject. */
class AllegedDoerTest {
    @Test
    void accusedIsTheSubjectOfTheAllegedClause() {
        List<Event> evs = events("Kenyan envoy Martin Kimani alleged, by way of example, the Ugandan army had "
                + "contributed to the suffering of refugees in Sudan.");
        assertTrue(has(evs, "KEN", "112", "UGA"), evs.toString());
        assertFalse(has(evs, "KEN", "112", "SDN"), evs.toString());
    }

    @Test
    void allegationWithThat() {
        List<Event> evs = events("Kenyan envoy Martin Kimani alleged that Uganda had armed the rebels.");
        assertTrue(has(evs, "KEN", "112", "UGA"), evs.toString());
    }
}
