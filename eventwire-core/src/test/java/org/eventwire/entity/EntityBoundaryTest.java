package org.eventwire.entity;

import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.Entity;
import org.eventwire.pipeline.TestAnalyzer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Name boundaries and types the 3-class model gets wrong; sentences written for these tests. */
class EntityBoundaryTest {
    private static boolean has(AnalyzedArticle a, String type, String name) {
        return a.entities().stream().anyMatch(e -> e.type().equals(type) && e.name().equals(name));
    }

    @Test
    void portfolioBeforeATitleIsNotAnOrganisation() {
        AnalyzedArticle a = TestAnalyzer.analyze(
                "Interior Minister Karel Dvorak met the police chiefs in Brno on Monday.", "2024-05-02");
        assertFalse(has(a, "ORGANIZATION", "Interior"));
        assertTrue(has(a, "PERSON", "Karel Dvorak"));
    }

    @Test
    void acronymWithForeignInitialsJoinsItsName() {
        AnalyzedArticle a = TestAnalyzer.analyze(
                "The Kurdistan Workers' Party (PKK) has fought the army since 1984. The PKK denied the charge.", "2024-05-02");
        Entity pkk = a.entities().stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals("PKK")))
                .findFirst().orElseThrow();
        assertTrue(pkk.mentions().stream().anyMatch(m -> m.text().equals("Kurdistan Workers' Party")), pkk.toString());
    }

    @Test
    void spellingsOfOnePersonAreOneEntity() {
        AnalyzedArticle a = TestAnalyzer.analyze(
                "President Recep Tayyip Erdoğan spoke in Ankara. Erdogan said the talks would go on.", "2024-05-02");
        assertTrue(has(a, "PERSON", "Recep Tayyip Erdoğan"));
        assertFalse(has(a, "PERSON", "Erdogan"));
    }

    @Test
    void titleOfCountryAndInstitutionOfPlace() {
        AnalyzedArticle a = TestAnalyzer.analyze(
                "The President of Freedonia Maria Odera addressed the National Assembly of Freedonia on Friday.",
                "2024-05-02");
        assertTrue(has(a, "PERSON", "Maria Odera"));
        assertFalse(has(a, "PERSON", "Freedonia Maria Odera"));
        assertTrue(has(a, "ORGANIZATION", "National Assembly of Freedonia"));
    }

    @Test
    void thingsAreNotOrganisations() {
        AnalyzedArticle a = TestAnalyzer.analyze(
                "Investigators found traces of Novichok nerve agent in the flat. Parliament repealed the Public Order "
                        + "Act in March. The bomb exploded inside the Catholic cathedral of Jolo.", "2024-05-02");
        assertFalse(a.entities().stream().anyMatch(e -> !e.type().equals("LOCATION") && (e.name().equals("Novichok")
                || e.name().endsWith("Order Act") || e.name().equals("Catholic"))), a.entities().toString());
    }
}
