package org.eventwire.quote;

import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.Quote;
import org.eventwire.pipeline.TestAnalyzer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteAttributorTest {
    private static Quote only(AnalyzedArticle a, String start) {
        return a.quotes().stream().filter(q -> q.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void speakerAfterQuoteAndPronounContinuation() {
        AnalyzedArticle a = TestAnalyzer.analyze(
                "Foreign Minister Maria Lopez said in a statement, “We condemn the attack on the embassy.”\n\n"
                        + "“We are in contact with our partners,” she added.\n\n"
                        + "Opposition leader Carlos Ruiz told reporters that the government had failed.", "2024-03-01");
        Quote first = only(a, "We condemn");
        assertEquals("Maria Lopez", first.speaker().name());
        assertEquals("statement", first.channel());
        Quote second = only(a, "We are in contact");
        assertEquals("Maria Lopez", second.speaker().name());
        assertEquals("she", second.speaker().text());
        assertTrue(a.reportedSpeech().stream().anyMatch(q -> q.indirect()
                && q.speaker() != null && q.speaker().name().equals("Carlos Ruiz")));
    }

    @Test
    void invertedSpeakerAndChannelNoun() {
        AnalyzedArticle a = TestAnalyzer.analyze(
                "“The talks were constructive,” said the Kenyan Foreign Ministry in a press release.\n\n"
                        + "“Both sides agreed to meet again,” the press release said.", "2024-03-01");
        Quote q = only(a, "The talks");
        assertNotNull(q.speaker());
        assertTrue(q.speaker().name().contains("Foreign Ministry"), q.speaker().name());
        Quote q2 = only(a, "Both sides");
        assertEquals(q.speaker().name(), q2.speaker().name());
        assertEquals("press release", q2.channel());
    }

    @Test
    void partialQuoteBelongsToTheOuterReportingVerb() {
        AnalyzedArticle a = TestAnalyzer.analyze(
                "Senator Ann Grey spoke on Monday.\n\n"
                        + "She stressed that the committee condemns efforts to “undermine the vote.”", "2024-03-01");
        assertEquals("Ann Grey", only(a, "undermine").speaker().name());
    }

    @Test
    void accordingTo() {
        AnalyzedArticle a = TestAnalyzer.analyze(
                "The border will reopen “as soon as possible,” according to Interior Minister Jan Novak.", "2024-03-01");
        assertEquals("Jan Novak", only(a, "as soon").speaker().name());
    }
}
