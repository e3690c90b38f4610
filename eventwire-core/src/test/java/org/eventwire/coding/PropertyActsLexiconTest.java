package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Arson and theft in the verb and noun lexicons: setting fire to, torching and burning down
 * buildings destroy property (1712); robberies, heists and cleaning out a store are theft (171);
 * burning a flag is a protest (141); burning fuel or calories is nothing.
 */
class PropertyActsLexiconTest {
    private static boolean has(List<Event> evs, String code) {
        return evs.stream().anyMatch(e -> e.cameo().equals(code));
    }

    @Test
    void settingFireToAChurchIsArson() {
        List<Event> evs = events("Rebels set fire to a church in Bangui, Central African Republic, on Friday.");
        assertTrue(has(evs, "1712"), evs.toString());
    }

    @Test
    void torchedAndSetAlightAreArson() {
        assertTrue(has(events("Militants torched two schools in Borno, Nigeria, on Monday."), "1712"));
        assertTrue(has(events("Protesters set the police station alight in Lagos, Nigeria, on Monday."), "1712"));
    }

    @Test
    void anAgentlessTorchingImpliesArsonists() {
        List<Event> evs = events("Two schools were torched overnight in Borno, Nigeria.");
        assertTrue(evs.stream().anyMatch(e -> e.cameo().equals("1712") && e.coder().rule().equals("AgentlessPassive")
                && e.source().name().startsWith("unnamed arsonists") && e.target().code().equals("NGACVL")), evs.toString());
    }

    @Test
    void anAgentlessTheftImpliesThieves() {
        List<Event> evs = events("Jewels worth ten million euros were stolen from a boutique in Lyon, France, on Thursday.");
        assertTrue(evs.stream().anyMatch(e -> e.cameo().equals("171") && e.source().name().startsWith("unnamed thieves")),
                evs.toString());
    }

    @Test
    void aSeizureWithoutDoerStaysUncoded() {
        List<Event> evs = events("Weapons were seized in Lyon, France, on Thursday.");
        assertTrue(evs.stream().noneMatch(e -> e.cameo().startsWith("17")), evs.toString());
    }

    @Test
    void robbersCarryingOutAHeistIsTheft() {
        List<Event> evs = events("Armed robbers carried out a heist at a jewellery store in Lyon, France, on Thursday.");
        assertTrue(has(evs, "171"), evs.toString());
    }

    @Test
    void burningAFlagIsAProtestAndBurningFuelNothing() {
        assertTrue(has(events("Students burned a US flag outside the embassy in Tehran, Iran, on Monday."), "141"));
        List<Event> fuel = events("The Iranian army burned fuel in exercises near Tehran, Iran, on Monday.");
        assertTrue(fuel.stream().noneMatch(e -> e.cameo().startsWith("17") || e.cameo().startsWith("14")), fuel.toString());
    }

    @Test
    void burningTyresOrMattressesIsNoArson() {
        // the riot or protest verb codes the act; the burning of such things only tells how
        List<Event> evs = events("Prisoners rioted at a jail in Ramla, Israel, on Monday, setting fire to their mattresses.");
        assertTrue(evs.stream().noneMatch(e -> e.cameo().equals("1712")), evs.toString());
        assertTrue(evs.stream().anyMatch(e -> e.cameo().equals("145")), evs.toString()); // the riot itself
        List<Event> tyres = events("Protesters burned tyres on a highway near Lagos, Nigeria, on Monday.");
        assertTrue(tyres.stream().noneMatch(e -> e.cameo().startsWith("17")), tyres.toString());
    }

    @Test
    void robbersCarryingOutOneOfTheBiggestHeistsIsTheft() {
        List<Event> evs = events("Armed robbers carried out one of the biggest heists in history at a store in Lyon, France.");
        assertTrue(evs.stream().anyMatch(e -> e.cameo().equals("171") && e.coder().rule().equals("LightVerbNoun")),
                evs.toString());
    }

    @Test
    void burningDownABuildingIsArsonButABuildingThatBurnedDownIsNot() {
        assertTrue(has(events("Rioters burned down a police station in Patras, Greece, on Saturday."), "1712"));
        List<Event> fire = events("The old clinic in Patras, Greece, burned down in 2005 and burned to the ground again last year.");
        assertTrue(fire.stream().noneMatch(e -> e.cameo().startsWith("17")), fire.toString());
    }
}
