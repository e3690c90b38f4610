package org.eventwire.coding;

import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.ArticleInput;
import org.eventwire.model.Event;
import org.eventwire.pipeline.ArticleAnalyzer;
import org.eventwire.pipeline.StandardPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each construction the coder handles, on sentences written for this test, through the full
 * pipeline (CoreNLP parse included).
 */
class EventCodingTest {
    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = StandardPipeline.analyzer(Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC), null);
    }

    private static List<Event> events(String text) {
        AnalyzedArticle a = analyzer.analyze(ArticleInput.ofText("t", text, "2023-05-10"));
        assertNull(a.error());
        return a.events();
    }

    private static Event one(List<Event> evs, String source, String root) {
        return evs.stream().filter(e -> e.source().code().startsWith(source) && e.cameo().startsWith(root))
                .findFirst().orElseThrow(() -> new AssertionError("no " + source + " " + root + " event in " + show(evs)));
    }

    private static String show(List<Event> evs) {
        return evs.stream().map(e -> e.source().code() + " " + e.cameo() + " "
                + (e.target() == null ? "-" : e.target().code())).toList().toString();
    }

    @Test
    void activeVoiceWithTitleAndDemonym() {
        Event e = one(events("French President Emmanuel Macron criticized the Iranian government on Tuesday."), "FRAGOV", "11");
        assertEquals("IRNGOV", e.target().code());
        assertEquals("2023-05-09", e.date());
        assertEquals(-2.0, e.goldstein());
        assertEquals(3, e.quadClass());
        assertEquals("ACCUSE", e.plover());
    }

    @Test
    void passiveVoiceTakesTheByAgentAsSource() {
        Event e = one(events("Kenyan police officers were attacked by Somali militants near the border on Monday."), "SOM", "19");
        assertEquals("SOMREB", e.source().code());
        assertEquals("KENCOP", e.target().code());
    }

    @Test
    void participleOfAnObjectTakesTheClauseSubject() {
        Event e = one(events("Kenyan President William Ruto posted a message on Twitter blaming Somalia for the attack."), "KEN", "11");
        // a country named as the target acts as a state (CountryAsState)
        assertEquals("SOMGOV", e.target().code());
    }

    @Test
    void speakingOutAgainstIsACondemnation() {
        List<Event> evs = events("Kenyan President William Ruto spoke out against the Somali government on Monday, "
                + "calling its decision a violation of the treaty.");
        Event e = one(evs, "KEN", "11");
        assertEquals("SOMGOV", e.target().code());
        assertTrue(evs.stream().noneMatch(x -> x.cameo().startsWith("04")), show(evs));
    }

    @Test
    void speakingWithNobodyIsNoConsultation() {
        assertTrue(events("French President Emmanuel Macron spoke in Paris on Monday.").stream()
                .noneMatch(e -> e.cameo().startsWith("04")));
        assertTrue(events("The French president received an award in Paris on Monday.").stream()
                .noneMatch(e -> e.cameo().startsWith("04")));
    }

    @Test
    void agentlessStatementPassiveCodesNothing() {
        assertTrue(events("The Kenyan budget plan was criticized on Monday.").isEmpty());
    }

    @Test
    void nominalEvent() {
        Event e = one(events("The condemnation of Iran by the European Union angered officials on Monday."), "IGOEUREEC", "11");
        assertEquals("IRNGOV", e.target().code());
    }

    @Test
    void lightVerbsAndCallsForRelease() {
        List<Event> evs = events("Gunmen in Nigeria took two Chinese engineers hostage on Sunday. "
                + "The United Nations called for the immediate release of the Chinese engineers.");
        assertEquals("181", one(evs, "NGA", "18").cameo());
        Event call = one(evs, "IGOUNO", "02");
        assertEquals("0253", call.cameo());
        assertTrue(call.target().code().startsWith("CHN"));
    }

    @Test
    void negationIsFlaggedWithItsCue() {
        Event e = one(events("Japan did not condemn China on Monday."), "JPN", "11");
        assertTrue(e.negated());
        assertEquals("not", e.modality().stream().filter(m -> m.flag().equals("NEGATED")).findFirst().orElseThrow().cue().text());
    }

    @Test
    void conditionalForceIsAThreat() {
        Event e = one(events("Turkish troops are ready to attack Syrian rebels if the talks fail."), "TUR", "13");
        assertEquals("138", e.cameo());
        assertTrue(e.hypothetical());
        assertTrue(e.modality().stream().anyMatch(m -> m.cue().text().equals("if")));
    }

    @Test
    void claimsAreFlagged() {
        Event e = one(events("Rebels in Mali claimed to have kidnapped two Malian soldiers on Friday."), "MLI", "18");
        assertTrue(e.claimed());
        assertEquals("claimed", e.modality().stream().filter(m -> m.flag().equals("CLAIMED")).findFirst().orElseThrow().cue().text());
    }

    @Test
    void pastEventsAreBackground() {
        List<Event> evs = events("Brazil accused Argentina of fraud in 2019. Brazil criticized Chile on Monday.");
        Event old = one(evs, "BRA", "112");
        assertTrue(old.background());
        assertTrue(old.modality().stream().anyMatch(m -> m.flag().equals("BACKGROUND") && m.cue().text().equals("2019")));
        assertFalse(one(evs, "BRA", "111").background());
    }

    @Test
    void eventsInsideQuotesBelongToTheSpeaker() {
        Event e = one(events("Polish Prime Minister Donald Tusk said on Monday, \u201cWe condemn Belarus for the provocations.\u201d"),
                "POLGOV", "11");
        assertEquals("BLRGOV", e.target().code());
        assertTrue(e.sourcing().get(0).contains("Tusk"), e.sourcing().toString());
    }

    @Test
    void sourcingEndsWithTheDatelineAgency() {
        Event e = one(events("NAIROBI, May 10 (Reuters) - Ugandan soldiers arrested Kenyan fishermen on Lake Victoria, "
                + "reported Al Jazeera."), "UGAMIL", "17");
        List<String> s = e.sourcing();
        assertTrue(s.contains("Al Jazeera"), s.toString());
        assertEquals("Reuters", s.get(s.size() - 1));
    }

    @Test
    void conjoinedActorsGiveOneEventEach() {
        List<Event> evs = events("France and Germany condemned Iran on Monday.");
        assertNotNull(one(evs, "FRA", "11"));
        assertNotNull(one(evs, "DEU", "11"));
    }

    @Test
    void restatementsMergeIntoOneEventWithMoreEvidence() {
        List<Event> evs = events("Egypt condemned Israel on Monday. Later, Egypt again condemned Israel.");
        assertEquals(1, evs.stream().filter(e -> e.cameo().startsWith("11")).count(), show(evs));
        assertEquals(1, one(evs, "EGY", "11").moreEvidence().size());
    }

    @Test
    void laterMentionsKeepTheActorOfTheFirstOne() {
        List<Event> evs = events("Nigerian Foreign Minister Yusuf Tuggar met Ghana's president on Monday. "
                + "Tuggar later praised the Ghanaian government.");
        assertEquals("NGAGOV", one(evs, "NGA", "05").source().code());
    }

    @Test
    void leadersAndSpokesmenTakeTheSectorOfTheirBody() {
        assertEquals("NGALAB", one(events("Nigeria's main union leader Joe Ajaero condemned the police on Tuesday."),
                "NGA", "11").source().code());
        Event e = one(events("Nigerian police arrested ten protesters on Monday. Atiku Abubakar, the leader of the "
                + "main opposition party, accused the government of rigging the election."), "NGAOPP", "11");
        assertEquals("NGAGOV", e.target().code());
        assertEquals("government", e.target().name());
        // an ordinary title keeps its own sector
        assertEquals("FRAGOV", one(events("French President Emmanuel Macron criticized the union on Tuesday."),
                "FRA", "11").source().code());
    }

    @Test
    void anImplicitTargetIsNamedWhereTheArticleNamesIt() {
        String text = "Kenya has been rocked by protests against a new finance bill.\n\n"
                + "Police seized 300 rifles on Tuesday.";
        Event e = one(events(text), "KENCOP", "17");
        assertNotNull(e.target());
        assertEquals("KEN", e.target().code());
        assertEquals("Kenya", e.target().name());
        assertEquals(0, e.target().span().start());
    }

    @Test
    void actorNamesAreProperNames() {
        List<Event> evs = events("Scientists said on Monday that the magnetic poles threatened the satellites. "
                + "Poles protested against the Russian plan on Tuesday.");
        assertEquals("Poles", one(evs, "POL", "14").source().span().text());
        assertTrue(evs.stream().noneMatch(e -> e.source().code().startsWith("POL") && e.cameo().startsWith("13")),
                show(evs));
    }

    @Test
    void rolesTakeTheCountryTheSentencePlacesThemIn() {
        String text = "Nigeria's unions said on Monday that Nigeria's government had ignored them.\n\n"
                + "Opposition leader Raila Odinga called for protests against President William Ruto in Nairobi.";
        Event e = one(events(text), "KENOPP", "0");
        assertEquals("KENGOV", e.target().code());
    }
}
