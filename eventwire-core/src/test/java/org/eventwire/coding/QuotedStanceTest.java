package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Speech acts in what a quoted speaker says: the speaker is the source, the actor the words are about the target. */
class QuotedStanceTest {
    private static boolean has(List<Event> evs, String source, String root, String target) {
        return evs.stream().anyMatch(e -> e.source().code().startsWith(source) && e.cameo().startsWith(root)
                && (target == null || e.target() != null && e.target().code().startsWith(target)) && !e.background());
    }

    private static boolean hasRule(List<Event> evs, String root) {
        return evs.stream().anyMatch(e -> e.cameo().startsWith(root) && e.coder() != null
                && e.coder().rule().equals("QuotedStance"));
    }

    @Test
    void evaluativePredicateIsCriticismOfItsSubject() {
        List<Event> evs = events("\"The decision of the Turkish government is an insult to the whole region,\" "
                + "Greek Foreign Minister Nikos Andreou said on Tuesday.");
        assertTrue(has(evs, "GRC", "11", "TUR"), evs.toString());
        assertTrue(hasRule(evs, "11"), evs.toString());
    }

    @Test
    void negatedJudgementIsNoCriticism() {
        List<Event> evs = events("\"The decision of the Turkish government is not a mistake,\" "
                + "Greek Foreign Minister Nikos Andreou said on Tuesday.");
        assertFalse(has(evs, "GRC", "11", null), evs.toString());
    }

    @Test
    void firstPersonGratitudeIsPraise() {
        List<Event> evs = events("\"We are grateful to the Iraqi army for its quick response,\" "
                + "US Defense Secretary John Miller said on Tuesday.");
        assertTrue(has(evs, "USA", "05", "IRQ"), evs.toString());
        assertTrue(hasRule(evs, "05"), evs.toString());
    }

    @Test
    void prayersAreSympathy() {
        List<Event> evs = events("A bomb exploded at a market in Nairobi, Kenya on Monday. "
                + "\"Our thoughts and prayers are with the people of Kenya,\" French President Jean Dupont said.");
        assertTrue(has(evs, "FRA", "018", "KEN"), evs.toString());
    }

    @Test
    void obligationOnAnotherActorIsAnAppeal() {
        List<Event> evs = events("\"The European Union needs to stand by us,\" Egyptian President Ahmed Saleh said on Tuesday.");
        assertTrue(has(evs, "EGY", "02", "IGOEUREEC"), evs.toString());
        assertTrue(hasRule(evs, "02"), evs.toString());
    }

    @Test
    void firstPersonFutureHarmIsAThreat() {
        List<Event> evs = events("\"We will punish Eritrea for this attack,\" Ethiopian Prime Minister Abiy Tesfaye said on Tuesday.");
        assertTrue(has(evs, "ETH", "13", "ERI"), evs.toString());
    }

    @Test
    void accusationOfLying() {
        List<Event> evs = events("\"The Russian government is lying about the attack,\" "
                + "Ukrainian President Petro Shevchenko said on Tuesday.");
        assertTrue(has(evs, "UKR", "112", "RUS"), evs.toString());
    }
    @Test
    void countingOnSomeoneIsAnAppeal() {
        List<Event> evs = events("\"I count on Ethiopia to act with restraint,\" Kenyan President Daniel Mwangi wrote on Tuesday.");
        assertTrue(has(evs, "KEN", "02", "ETH"), evs.toString());
    }

    @Test
    void notToleratedIsAWarning() {
        List<Event> evs = events("Kenyan President Daniel Mwangi said on Tuesday: \"Attacks by Somali militants will not be tolerated.\"");
        assertTrue(has(evs, "KEN", "13", null), evs.toString());
    }

    @Test
    void bringingToJusticeIsAThreat() {
        List<Event> evs = events("\"We will bring the attackers to justice,\" Kenyan President Daniel Mwangi said on Tuesday.");
        assertTrue(has(evs, "KEN", "13", null), evs.toString());
    }

    @Test
    void firstPersonFutureIsIntent() {
        List<Event> evs = events("\"We will be working together with Uganda on a new road,\" Kenyan President Daniel Mwangi said on Tuesday.");
        assertTrue(has(evs, "KEN", "03", null), evs.toString());
        assertFalse(has(evs, "KEN", "13", null), evs.toString());
    }
    @Test
    void criticalMannerIsCriticismOfTheDoer() {
        List<Event> evs = events("Rights activist Maria Lopez of Amnesty International said, \"The Venezuelan government "
                + "has chosen to suppress the protests in a grossly unlawful way.\"");
        assertTrue(has(evs, "NGO", "11", "VEN"), evs.toString());
    }

    @Test
    void standingReadyIsIntent() {
        List<Event> evs = events("British Prime Minister Boris Ashdown tweeted: \"We stand ready to provide help to Brazil.\"");
        assertTrue(has(evs, "GBR", "03", null), evs.toString());
    }

    @Test
    void relativeClausesAssertNothing() {
        List<Event> evs = events("German Chancellor Anna Weber said, \"This raises questions about the role that "
                + "the French government should play.\"");
        assertFalse(has(evs, "DEU", "02", null), evs.toString());
    }
    @Test
    void thankYouIsTheSpeakersPraise() {
        List<Event> evs = events("Senator Mary Cole of the US Senate wrote: \"Thank you, Canada, for your help.\"");
        assertTrue(has(evs, "USA", "051", "CAN"), evs.toString());
    }
    @Test
    void admiringPredicateIsPraiseOfItsSubject() {
        List<Event> evs = events("\"The Iraqi army was instrumental in our fight,\" US Defense Secretary John Miller said on Tuesday.");
        assertTrue(has(evs, "USA", "051", "IRQ"), evs.toString());
    }
    @Test
    void ownObligationIsNoAppeal() {
        List<Event> evs = events("\"We have to dock at the station before noon,\" German Transport Minister Anna Weber said on Tuesday.");
        assertFalse(has(evs, "DEU", "02", null), evs.toString());
    }
    @Test
    void obligationOnOnesOwnCountryIsNoAppeal() {
        List<Event> evs = events("\"Britain must leave the union by October,\" British Prime Minister Boris Ashdown said during a visit to Ireland.");
        assertFalse(has(evs, "GBR", "02", null), evs.toString());
    }
}
