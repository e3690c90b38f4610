package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.eventwire.coding.ArticleFixture.has;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Violence and theft by private people no dictionary codes: the people of the place's country. */
class PrivateDoerTest {
    private static boolean byRule(List<Event> evs, String rule, String source, String code) {
        return evs.stream().anyMatch(e -> e.coder().rule().equals(rule) && e.source().code().equals(source)
                && e.cameo().startsWith(code));
    }

    @Test
    void anUnnamedManWhoShootsIsThePlacesPeople() {
        List<Event> evs = events("Two men shot dead a taxi driver in Nairobi on Sunday night.");
        assertTrue(byRule(evs, "PrivateDoer", "KEN", "19"), evs.toString());
        assertTrue(has(evs, "KEN", "19", "KENCVL"), evs.toString());
    }

    @Test
    void aNamedPrivatePersonWhoStabsIsThePlacesPeople() {
        List<Event> evs = events("Martin Kowalczyk stabbed his neighbour in Krakow on Friday evening.");
        assertTrue(byRule(evs, "PrivateDoer", "POL", "18"), evs.toString());
    }

    @Test
    void aByAgentNamesThePrivateDoer() {
        List<Event> evs = events("A baker was shot in the leg by a neighbour in Marseille on Tuesday.");
        assertTrue(byRule(evs, "PrivateDoer", "FRA", "19"), evs.toString());
    }

    @Test
    void menWhoMakeOffWithLootSeizeProperty() {
        List<Event> evs = events("Three men smashed a shop window in Lyon and made off with watches worth a million euros.");
        assertTrue(byRule(evs, "PrivateDoer", "FRA", "171"), evs.toString());
    }

    @Test
    void aGameIsNoViolence() {
        List<Event> evs = events("Striker Tomas Novak shot from the edge of the box and stole the ball twice in Prague on Sunday, and his team shot 41 percent.");
        assertTrue(evs.stream().noneMatch(e -> e.coder().rule().equals("PrivateDoer")), evs.toString());
    }

    @Test
    void aHeadlinesParticipleIsNoDoer() {
        List<Event> evs = events("Cyclist killed in Leeds\nA cyclist died after a lorry hit him on Monday.");
        assertTrue(evs.stream().noneMatch(e -> e.coder().rule().equals("PrivateDoer")), evs.toString());
    }

    @Test
    void aMobThatLynchesIsThePlacesPeople() {
        List<Event> evs = events("A mob lynched a shepherd in Ranchi, India on Tuesday.");
        assertTrue(has(evs, "IND", "1823", "INDCVL"), evs.toString());
    }

    @Test
    void beatenUpIsAnAssaultThoughBeatAloneIsAGame() {
        List<Event> evs = events("Two traders were beaten up by a mob in Enugu, Nigeria on Sunday.");
        assertTrue(has(evs, "NGA", "182", "NGACVL"), evs.toString());
    }
}
