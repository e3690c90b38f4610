package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.eventwire.coding.ArticleFixture.has;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reaction to "the move", "the operation", "the request" is aimed at whoever did that act before. */
class ActAntecedentTest {
    @Test
    void criticisedMoveTargetsItsDoer() {
        List<Event> evs = events("Ugandan President Yoweri Museveni closed the border with Kenya on Tuesday. "
                + "The move was sharply criticized by Tanzanian President Samia Suluhu Hassan.");
        assertTrue(has(evs, "TZA", "111", "UGA"), evs.toString());
    }

    @Test
    void condemnedOperationTargetsTheAttackerNotTheLatestActor() {
        List<Event> evs = events("Turkey launched an offensive into northern Syria on Wednesday. "
                + "Russia announced that it would send envoys to Ankara. The operation was condemned by the European Union.");
        assertTrue(has(evs, "IGOEUREEC", "111", "TUR"), evs.toString());
    }

    @Test
    void rejectedRequestTargetsWhoAsked() {
        List<Event> evs = events("The Kenyan foreign ministry asked Uganda to release the detained fishermen. "
                + "The Ugandan embassy rejected the request and said the men had broken the law of Tanzania.");
        assertTrue(has(evs, "UGA", "12", "KEN"), evs.toString());
        assertTrue(!has(evs, "UGA", "12", "TZA"), evs.toString());
    }

    @Test
    void actNounWithItsOwnDoerKeepsIt() {
        List<Event> evs = events("Kenya expelled two Ugandan diplomats on Monday. "
                + "Tanzanian President Samia Suluhu Hassan praised the decision of Rwanda to reopen its border.");
        assertTrue(has(evs, "TZA", "051", "RWA"), evs.toString());
        assertTrue(!has(evs, "TZA", "051", "KEN"), evs.toString());
    }

    @Test
    void aNounMadeFromTheVerbOfTheActReachesBack() {
        List<Event> evs = events("Ugandan President Yoweri Museveni closed the border with Kenya on Monday. "
                + "The ministry of foreign affairs in Nairobi condemned the closure.");
        assertTrue(has(evs, "KEN", "111", "UGA"), evs.toString());
    }
}
