package org.eventwire.coding;

import org.eventwire.model.AnalyzedArticle;
import org.junit.jupiter.api.Test;

import static org.eventwire.coding.ArticleFixture.actor;
import static org.eventwire.coding.ArticleFixture.analyze;
import static org.eventwire.coding.ArticleFixture.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sources and targets of one sentence: two people of one government are two actors, a conjunct
 * hanging on a name is a source too, a relative's role is not the person's own.
 */
class ActorSidesTest {
    @Test
    void twoPeopleOfOneGovernmentAreSourceAndTarget() {
        AnalyzedArticle a = analyze("US President Walter Grange asked for national security adviser Tom Belk's "
                + "resignation on Monday.");
        assertTrue(has(a, "USAGOV", "USAGOV"), a.events().toString());
    }

    @Test
    void aConjunctOfTheNameIsASourceToo() {
        AnalyzedArticle a = analyze("The proposal was praised on Monday by German Chancellor Anna Berg and British "
                + "Prime Minister Tom Reed.");
        assertTrue(has(a, "DEUGOV", null), a.events().toString());
        assertTrue(has(a, "GBRGOV", null), a.events().toString());
        // neither is the other's target, nor their own
        assertTrue(a.events().stream().noneMatch(e -> e.target() != null), a.events().toString());
    }

    @Test
    void aRelativesRoleIsNotThePersons() {
        AnalyzedArticle a = analyze("Turkish citizen Ayla Demir, the fiancée of Saudi journalist Omar Haddad, "
                + "criticized Saudi Arabia on Monday.");
        assertEquals("TURCVL", actor(a, "Demir"));
        assertEquals("SAUMED", actor(a, "Haddad"));
    }

    @Test
    void wordsOfAParticipleDoNotOwnTheRole() {
        AnalyzedArticle a = analyze("Protesters, carrying European Union flags, urged the British government to "
                + "hold a new vote on Saturday.");
        assertTrue(a.events().stream().anyMatch(e -> e.source().code().equals("GBROPP")), a.events().toString());
        assertTrue(a.events().stream().noneMatch(e -> e.source().code().startsWith("IGO")), a.events().toString());
    }

    @Test
    void theyIsTheLastPluralGroupNamedAfterTheLastOrganisation() {
        AnalyzedArticle a = analyze("The Kenya Revenue Authority proposed a new tax on Monday. Thousands of protesters "
                + "gathered outside the parliament in Nairobi. They urged President William Ruto to resign.");
        assertTrue(a.events().stream().anyMatch(e -> e.source().code().equals("KENOPP")
                && e.evidence().text().startsWith("They")), a.events().toString());
    }
}
