package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An accusation of a crime with no accuser named is the prosecution's (JUD, 1121); of anything else, nobody's. */
class AccusedOfCrimeTest {
    @Test
    void anAccusationOfACrimeImpliesTheProsecution() {
        List<Event> evs = events("A man from Leeds was accused of stabbing his neighbour on Friday.");
        assertTrue(evs.stream().anyMatch(e -> e.coder().rule().equals("AccusedOfCrime") && e.source().code().equals("GBRJUD")
                && e.cameo().equals("1121") && e.target() != null && e.target().code().equals("GBR")), evs.toString());
    }

    @Test
    void anAccusationOfNoCrimeImpliesNoAccuser() {
        List<Event> evs = events("A man from Leeds was accused of lying to his neighbour on Friday.");
        assertTrue(evs.stream().noneMatch(e -> e.coder().rule().equals("AccusedOfCrime")), evs.toString());
    }
}
