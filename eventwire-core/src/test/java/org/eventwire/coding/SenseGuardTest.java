package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Verb senses the sentence shape rules out. */
class SenseGuardTest {
    @Test
    void demonstratingThatIsNoProtest() {
        List<Event> evs = events("The Kenyan court demonstrated that the election law had been applied fairly.");
        assertTrue(evs.stream().noneMatch(e -> e.cameo().startsWith("14")), evs.toString());
    }

    @Test
    void demonstratingWithoutObjectIsAProtest() {
        List<Event> evs = events("Kenyan students demonstrated in Nairobi against the Kenyan government on Monday.");
        assertTrue(evs.stream().anyMatch(e -> e.cameo().startsWith("14")), evs.toString());
    }

    @Test
    void holdingAMeetingInContemptIsNoArrest() {
        List<Event> evs = events("The Kenyan parliament will hold the report in contempt.");
        assertTrue(evs.stream().noneMatch(e -> e.cameo().startsWith("17")), evs.toString());
    }

    @Test
    void holdingPeopleIsAnArrest() {
        List<Event> evs = events("Kenyan police held three suspects overnight in Nairobi.");
        assertTrue(evs.stream().anyMatch(e -> e.cameo().equals("173")), evs.toString());
    }

    @Test
    void speakingOnTelevisionConsultsNoOne() {
        List<Event> evs = events("The French president spoke on German television about Russia on Monday.");
        assertTrue(evs.stream().noneMatch(e -> e.cameo().startsWith("04")), evs.toString());
    }

    @Test
    void speakingToThePressConsultsNoOne() {
        List<Event> evs = events("The French president spoke to the press in Paris about Germany on Monday.");
        assertTrue(evs.stream().noneMatch(e -> e.cameo().startsWith("04")), evs.toString());
    }

    @Test
    void speakingWithSomeoneIsAConsultation() {
        List<Event> evs = events("The French president spoke with the German chancellor on Monday.");
        assertTrue(evs.stream().anyMatch(e -> e.cameo().startsWith("04") && e.source().code().startsWith("FRA")
                && e.target() != null && e.target().code().startsWith("DEU")), evs.toString());
    }

    @Test
    void actsInAConditionAreNoEvents() {
        List<Event> evs = events("Kenyan rebels will boycott the talks unless the Kenyan president agrees to resign.");
        assertTrue(evs.stream().noneMatch(e -> e.cameo().startsWith("083") || e.cameo().startsWith("03")
                && e.source().code().startsWith("KENGOV")), evs.toString());
    }

    @Test
    void actsUntilSomethingHappensAreNoEvents() {
        List<Event> evs = events("Kenyan rebels vowed to fight until they capture the town of Garissa.");
        assertTrue(evs.stream().noneMatch(e -> e.cameo().equals("192")), evs.toString());
    }

    @Test
    void refusingToDeployIsARejectionNotADeployment() {
        List<Event> evs = events("Kenya has refused to deploy troops in Somalia.");
        assertTrue(evs.stream().noneMatch(e -> e.cameo().startsWith("15")), evs.toString());
        assertTrue(evs.stream().anyMatch(e -> e.cameo().startsWith("12")), evs.toString());
    }

    @Test
    void anActAskedForIsNoEvent() {
        List<Event> evs = events("Kenya demanded that Uganda release the detained Kenyan fishermen.");
        assertTrue(evs.stream().noneMatch(e -> e.cameo().startsWith("084")), evs.toString());
        assertTrue(evs.stream().anyMatch(e -> e.source().code().startsWith("KEN") && e.cameo().startsWith("10")),
                evs.toString());
    }

    @Test
    void capturingAMachineIsNoArrest() {
        List<Event> evs = events("Kenya said Uganda must return the documents that were captured by Ugandan soldiers.");
        assertTrue(evs.stream().noneMatch(e -> e.cameo().equals("173")), evs.toString());
    }

    @Test
    void deliveringWordsIsNoAid() {
        List<Event> evs = events("The Kenyan president delivered a speech to Ugandan soldiers in Kampala. "
                + "Kenya delivered food to Ugandan refugees.");
        assertTrue(evs.stream().noneMatch(e -> e.cameo().startsWith("07") && e.evidence().text().contains("speech")),
                evs.toString());
        assertTrue(evs.stream().anyMatch(e -> e.cameo().startsWith("07") && e.evidence().text().contains("food")
                || e.cameo().startsWith("07") && e.evidence().text().contains("refugees")), evs.toString());
    }
}
