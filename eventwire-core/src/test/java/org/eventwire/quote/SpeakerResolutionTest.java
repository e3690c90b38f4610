package org.eventwire.quote;

import org.eventwire.json.ArticleJson;
import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.Quote;
import org.eventwire.model.Speaker;
import org.eventwire.pipeline.TestAnalyzer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Speakers end at an entity where the text allows it; sentences written for these tests. */
class SpeakerResolutionTest {
    private static Quote only(AnalyzedArticle a, String start) {
        return a.quotes().stream().filter(q -> q.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void nameInAppositionIsTheSpeaker() {
        AnalyzedArticle a = TestAnalyzer.analyze(
                "The victim's brother, Tomas Varga, said on Monday that “nobody warned the family about the danger.”",
                "2024-05-02");
        Quote q = only(a, "nobody warned");
        assertEquals("Tomas Varga", q.speaker().name());
        assertEquals("NAME", q.speaker().kind());
        assertNotNull(q.speaker().entityId());
    }

    @Test
    void colonIntroducedQuoteTakesTheSubjectOfTheClause() {
        AnalyzedArticle a = TestAnalyzer.analyze(
                "Mayor Helena Sorensen thanked the volunteers in her address: “Without you the river would have taken "
                        + "the whole town.”\n\nLater, council member Piet Janssen criticised the budget.", "2024-05-02");
        assertEquals("Helena Sorensen", only(a, "Without you").speaker().name());
    }

    @Test
    void spokespersonSpeaksForTheBody() {
        AnalyzedArticle a = TestAnalyzer.analyze(
                "The Northern Water Authority closed two reservoirs on Friday.\n\n"
                        + "A spokesperson for the Northern Water Authority said “the closures will last at least a week.”",
                "2024-05-02");
        Quote q = only(a, "the closures");
        assertEquals("Northern Water Authority", q.speaker().name());
        assertEquals("SPOKESPERSON", q.speaker().kind());
    }

    @Test
    void relativePronounTakesItsNoun() {
        AnalyzedArticle a = TestAnalyzer.analyze(
                "The ruling was welcomed by Senator Laura Whitfield, who said “this is a victory for every tenant in the "
                        + "state.”", "2024-05-02");
        assertEquals("Laura Whitfield", only(a, "this is a victory").speaker().name());
    }

    @Test
    void organisationPronounAndDefiniteNoun() {
        AnalyzedArticle a = TestAnalyzer.analyze(
                "The Green Future Party announced its candidates on Tuesday.\n\n"
                        + "“We will contest every seat in the north,” the party said in a statement.", "2024-05-02");
        Quote q = only(a, "We will contest");
        assertEquals("Green Future Party", q.speaker().name());
        assertEquals("statement", q.channel());
    }

    @Test
    void subjectPronounSkipsAnObjectOfItsOwnSentence() {
        AnalyzedArticle a = TestAnalyzer.analyze(
                "Governor Ruth Okafor visited the flooded district on Sunday.\n\n"
                        + "Speaking to Daniel Reyes of the local radio, she said “the state will pay for every damaged "
                        + "house.”", "2024-05-02");
        assertEquals("Ruth Okafor", only(a, "the state will pay").speaker().name());
    }

    @Test
    void collectiveSpeaksForItsBodyAndTitleHolderEndsThePhrase() {
        AnalyzedArticle a = TestAnalyzer.analyze(
                "The National Assembly of Freedonia voted on the budget on Tuesday.\n\n"
                        + "A number of legislators said “the vote was rigged from the start.”\n\n"
                        + "Former Foreign Minister of Freedonia Ilse Brandt wrote on Twitter, “We must respect the result.”",
                "2024-05-02");
        assertEquals("National Assembly of Freedonia", only(a, "the vote was rigged").speaker().name());
        assertEquals("Ilse Brandt", only(a, "We must respect").speaker().name());
    }

    @Test
    void speakerKindSurvivesJson() throws Exception {
        AnalyzedArticle a = TestAnalyzer.analyze(
                "“We will not sign this agreement,” said Foreign Minister Ana Duarte.", "2024-05-02");
        Speaker s = only(a, "We will not").speaker();
        assertEquals("NAME", s.kind());
        String json = ArticleJson.mapper().writeValueAsString(s);
        assertEquals(s, ArticleJson.mapper().readValue(json, Speaker.class));
    }
}
