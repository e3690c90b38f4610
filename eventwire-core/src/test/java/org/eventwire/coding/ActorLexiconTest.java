package org.eventwire.coding;

import org.eventwire.model.AnalyzedArticle;
import org.junit.jupiter.api.Test;

import static org.eventwire.coding.ArticleFixture.actor;
import static org.eventwire.coding.ArticleFixture.analyze;
import static org.eventwire.coding.ArticleFixture.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The actor lexicon and the rules that refine actor codes: armed groups, NGOs and IGOs by
 * name, sector words of organisation names, countries acting as states, former office holders,
 * territories under their state, roles found in another mention of a person.
 */
class ActorLexiconTest {
    @Test
    void armedGroupsNgosAndIgosHaveTheirOwnCodes() {
        AnalyzedArticle a = analyze("Houthi fighters fired drones at a pumping station on Sunday. "
                + "Greenpeace accused the Brazilian government of neglect. "
                + "The Islamic State claimed the bombing of a market. NATO condemned the Syrian Democratic Forces.");
        assertTrue(has(a, "IGOWSTNAT", "SYRREB"), a.events().toString());
        assertTrue(has(a, "NGOENV", "BRAGOV"), a.events().toString());
        assertTrue(a.events().stream().anyMatch(e -> e.source().code().startsWith("YEMREB")), a.events().toString());
        assertEquals("IMGMUSISI", actor(a, "Islamic State"));
    }

    @Test
    void organisationNamesTellTheirSector() {
        AnalyzedArticle a = analyze("Germany banned the Iranian airline Mahan Air on Monday. The Saudi Press Agency "
                + "criticized Iran. The Federal Aviation Office of Germany withdrew the permit. Mayor Lena Hart took "
                + "office in 2020.");
        assertEquals("IRNBUS", actor(a, "Mahan Air"));
        assertEquals("SAUMED", actor(a, "Saudi Press Agency"));
        assertEquals("DEUGOV", actor(a, "Federal Aviation Office of Germany"));
        // the last type word of a name is its head: a board, not an airline
        AnalyzedArticle b = analyze("The United States tightened the rules on Monday. The California Air Resources "
                + "Board criticized the carmakers on Tuesday.");
        assertEquals("USAGOV", actor(b, "California Air Resources Board"));
        // a country named as the doer acts as its government; the airline keeps its sector
        assertTrue(has(a, "DEUGOV", "IRNBUS"), a.events().toString());
        // "took office" is no actor
        assertTrue(a.events().stream().noneMatch(e -> e.evidence().text().contains("took office")), a.events().toString());
    }

    @Test
    void formerOfficeHoldersAreElitesAndEnvoysAreNotTheBodyTheyAreSentTo() {
        AnalyzedArticle a = analyze("Former US President Walter Grange praised the deal on Monday. "
                + "US ambassador to the United Nations Clara Hobbs criticized Iran on Tuesday.");
        assertEquals("USAELI", actor(a, "Grange"));
        assertEquals("USAGOV", actor(a, "Hobbs"));
    }

    @Test
    void aPersonTakesTheRoleOfAnotherMentionAndTerritoriesTheirStatesPrefix() {
        AnalyzedArticle a = analyze("Hong Kong's Carla Wan spoke on Monday. Chief Executive of Hong Kong Carla Wan "
                + "then announced new measures. Puerto Rico Governor Ramon Vidal resigned on Wednesday after protests.");
        assertEquals("HKGGOV", actor(a, "Wan"));
        assertEquals("USAPRIGOV", actor(a, "Vidal"));
    }

    @Test
    void townsTheStoryIsSetInCountTowardsItsCountry() {
        AnalyzedArticle a = analyze("Police in Leicester and Nottingham searched for the driver on Monday. The driver "
                + "had left for the United States. Residents of Leicester, Derby and Nottingham held a vigil in Leicester. "
                + "The United States embassy declined to comment, and the United States did not reply. "
                + "Foreign Secretary Tom Reed urged the embassy to reconsider.");
        assertEquals("GBRGOV", actor(a, "Reed"));
    }

    @Test
    void anAppositionGivesTheSectorOfTheBodyANameStandsFor() {
        AnalyzedArticle a = analyze("Yemeni rebels claimed responsibility for the attack on Saudi Aramco, Saudi "
                + "Arabia's state-owned oil firm.");
        assertTrue(has(a, "YEMREB", "SAUBUS"), a.events().toString());
    }
}
