package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.eventwire.coding.ArticleFixture.has;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Arrests and attacks on people no dictionary codes: named private people, people told by a noun. */
class UncodedPeopleTest {
    @Test
    void aNamedPrivatePersonArrestedIsThePlacesPeople() {
        List<Event> evs = events("Football striker Otieno Wanyama was arrested in Nairobi on suspicion of drunk driving.");
        assertTrue(has(evs, "KENCOP", "173", "KEN"), evs.toString());
    }

    @Test
    void anArrestAfterAFireStillImpliesThePolice() {
        List<Event> evs = events("A man was charged with arson in Mombasa after a fire destroyed a market on Sunday.");
        assertTrue(has(evs, "KENCOP", "173", "KEN"), evs.toString());
    }

    @Test
    void piratesCanBeCaptured() {
        List<Event> evs = events("Kenyan police captured twelve pirates near Mombasa on Monday.");
        assertTrue(has(evs, "KENCOP", "173", null), evs.toString());
    }

    @Test
    void aFireAloneImpliesNoAttacker() {
        List<Event> evs = events("A market in Mombasa was destroyed by fire and two traders were killed on Sunday.");
        assertTrue(evs.stream().noneMatch(e -> e.coder().rule().equals("AgentlessPassive")), evs.toString());
    }

    @Test
    void aPersonsOwnInjuryIsNoAttack() {
        List<Event> evs = events("Football striker Otieno Wanyama was injured in Nairobi on Sunday.");
        assertTrue(evs.isEmpty(), evs.toString());
    }

    @Test
    void aPronounArrestedIsThePlacesPeople() {
        List<Event> evs = events("A gang boss in Naples died in his cell hours after he was arrested in a police raid.");
        assertTrue(has(evs, "ITACOP", "173", "ITA"), evs.toString());
    }

    @Test
    void aBareParticipleOfAnArrestActsOnItsNoun() {
        List<Event> evs = events("A suspected gang boss arrested on Monday in a police raid in Naples was found dead.");
        assertTrue(has(evs, "ITACOP", "173", "ITA"), evs.toString());
    }
}
