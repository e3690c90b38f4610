package org.eventwire.coding;

import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.Event;
import org.eventwire.model.EventActor;
import org.eventwire.model.EventCoderTrace;
import org.eventwire.model.Span;
import org.eventwire.pipeline.TestAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One fact told twice merges; two acts with the same codes stay two events. */
class RestatementTest {
    private static Event ev(String entity, String name, String entry, int start, int end) {
        EventActor src = new EventActor("FRAGOV", name, entity, new Span(start, start + 3, name));
        EventActor tgt = new EventActor("DEUGOV", "Berlin", null, null);
        return new Event("e", src, tgt, "051", "praise", null, null, 3.4, 1, null, null, false, false, false,
                false, List.of(), List.of(), new Span(start, end, "x"), List.of(),
                new EventCoderTrace("VerbClause", null, entry));
    }

    @Test
    void theSameWordFromTheSamePersonIsOneFact() {
        assertTrue(Restatement.same(ev("E1", "Marie Dupont", "PRAISE/PRAISE", 0, 20),
                ev("E1", "Dupont", "PRAISE/PRAISE", 300, 320)));
        // a pronoun that names no entity still restates the named speaker
        assertTrue(Restatement.same(ev("E1", "Marie Dupont", "PRAISE/PRAISE", 0, 20),
                ev(null, "she", "PRAISE/PRAISE", 300, 320)));
    }

    @Test
    void twoPeopleOrTwoWordsAreTwoActs() {
        assertFalse(Restatement.same(ev("E1", "Marie Dupont", "PRAISE/PRAISE", 0, 20),
                ev("E2", "Jean Martin", "PRAISE/PRAISE", 300, 320)));
        assertFalse(Restatement.same(ev("E1", "Marie Dupont", "PRAISE/PRAISE", 0, 20),
                ev("E1", "Dupont", "CONVEY/CONVEY", 300, 320)));
    }

    @Test
    void twoWordsOfOneBlockAreOneFact() {
        assertTrue(Restatement.same(ev("E1", "Marie Dupont", "PRAISE/PRAISE", 0, 20),
                ev("E1", "Dupont", "PRAISE via WordNet from THANK/THANK", 300, 320)));
    }

    @Test
    void oneClauseReadTwiceIsOneFact() {
        assertTrue(Restatement.same(ev("E1", "Marie Dupont", "PRAISE/PRAISE", 0, 20),
                ev("E2", "Dupont", "PRAISE/THANK", 10, 30)));
        assertEquals(0, Restatement.restated(List.of(ev("E1", "Marie Dupont", "PRAISE/PRAISE", 0, 20)),
                ev("E1", "Dupont", "PRAISE/PRAISE", 300, 320)));
    }

    @Test
    void twoActsOfThePoliceAgainstProtestersAreTwoEvents() {
        AnalyzedArticle a = TestAnalyzer.analyze("Kenyan police fired rubber bullets at protesters in Nairobi on Monday. "
                + "Shops stayed closed in the city centre. In other districts, the police used tear gas against "
                + "protesters.", "2023-05-10");
        assertNull(a.error());
        long force = a.events().stream().filter(e -> e.cameo().startsWith("17") && e.source().code().startsWith("KEN")
                && e.target() != null).count();
        assertEquals(2, force, a.events().toString());
    }

    @Test
    void aNamedPersonDoesNotRestateAGroup() {
        // "officials asked ..." then "Dupont urged ...": one lexicon block, but a group and a person
        assertFalse(Restatement.same(ev(null, "French officials", "APPEAL/ASK", 0, 20),
                ev("E1", "Marie Dupont", "APPEAL/URGE", 300, 320)));
        assertFalse(Restatement.same(ev("E1", "Marie Dupont", "APPEAL/URGE", 0, 20),
                ev(null, "French diplomats", "APPEAL/URGE", 300, 320)));
        // "the police said they had arrested" ... "Police arrested": "they" is the body itself
        assertTrue(Restatement.same(ev("E2", "Police", "ARREST/ARREST", 0, 20),
                ev(null, "they", "ARREST/ARREST", 300, 320)));
    }
}
