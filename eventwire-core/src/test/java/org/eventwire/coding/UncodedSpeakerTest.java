package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "We" in a quotation is its speaker, even when the speaker has no actor code: never the last official named. */
class UncodedSpeakerTest {
    @Test
    void weOfASpeakerWithoutACodeIsNotTheLastOfficial() {
        List<Event> evs = events("Nigerian Defence Minister Paul Okoro visited Kano on Monday. His old "
                + "neighbour, Grace Adeyemi, said: \"We will ask the army to find my son.\"");
        assertTrue(evs.stream().noneMatch(e -> e.source().code().startsWith("NGAGOV")
                && e.evidence().text().contains("ask")), evs.toString());
    }
}
