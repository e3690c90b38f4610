package org.eventwire.coding;

import org.eventwire.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.eventwire.coding.ArticleFixture.events;
import static org.eventwire.coding.ArticleFixture.has;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reaction to an act named by a noun is aimed at whoever did the act. */
class ActOwnerTest {
    @Test
    void theCallIsTheLastCallersCall() {
        List<Event> evs = events("On Monday, Kenyan President William Ruto called for talks on the drought. "
                + "The call was welcomed by Ugandan President Yoweri Museveni.");
        assertTrue(has(evs, "UGAGOV", "05", "KENGOV"), evs.toString());
    }

    @Test
    void theOperationIsTheLastAttackersOperation() {
        List<Event> evs = events("Ethiopia attacked rebel positions in Sudan on Sunday. The operation was "
                + "condemned by Egypt.");
        assertTrue(has(evs, "EGY", "11", "ETH"), evs.toString());
    }

    @Test
    void aPossessorOwnsTheAct() {
        List<Event> evs = events("Greek Prime Minister Nikos Varelas visited Paris. French President Marie "
                + "Laurent praised Varelas's proposal.");
        assertTrue(has(evs, "FRAGOV", "05", "GRCGOV"), evs.toString());
    }

    @Test
    void aPersonDoesNotActOnThemselves() {
        List<Event> evs = events("Chilean President Rafael Soto met farmers on Monday. His critics blame him "
                + "for the drought.");
        assertTrue(evs.stream().noneMatch(e -> e.target() != null && e.source().entityId() != null
                && e.source().entityId().equals(e.target().entityId())), evs.toString());
    }
}
