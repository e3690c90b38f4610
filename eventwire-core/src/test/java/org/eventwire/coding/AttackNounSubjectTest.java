package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An attack noun as the subject of a violent verb implies unnamed attackers. */
class AttackNounSubjectTest {
    @Test
    void bombingThatKillsSoldiersIsABombingByUnnamedAttackers() {
        List<Event> evs = events("A roadside bombing near Kandahar on Tuesday killed two Afghan soldiers.");
        Event e = evs.stream().filter(x -> x.coder().rule().equals("AttackNounSubject")).findFirst().orElseThrow();
        assertEquals("183", e.cameo());
        assertTrue(e.source().code().startsWith("AFG"), e.toString());
        assertTrue(e.source().name().startsWith("unnamed attackers"), e.source().name());
        assertTrue(e.target().code().startsWith("AFG"), e.toString());
    }

    @Test
    void attackThatStrikesAPlaceTargetsThePlacesCountry() {
        List<Event> evs = events("Two explosions struck a crowded market in Peshawar, Pakistan, on Friday.");
        assertTrue(evs.stream().anyMatch(e -> e.coder().rule().equals("AttackNounSubject")
                && e.cameo().equals("183") && e.target().code().startsWith("PAK")), evs.toString());
    }

    @Test
    void aNamedAttackerIsNotReplaced() {
        List<Event> evs = events("A French airstrike killed four militants in Mali on Sunday.");
        assertTrue(evs.stream().noneMatch(e -> e.coder().rule().equals("AttackNounSubject")), evs.toString());
    }

    @Test
    void noObjectNoEvent() {
        List<Event> evs = events("The explosion occurred near the port of Aden in Yemen.");
        assertTrue(evs.stream().noneMatch(e -> e.coder().rule().equals("AttackNounSubject")), evs.toString());
    }
}
