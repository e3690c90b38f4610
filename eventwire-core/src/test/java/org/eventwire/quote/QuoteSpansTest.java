package org.eventwire.quote;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteSpansTest {
    private static List<String> texts(String s) {
        return QuoteSpans.find(s).stream().map(q -> s.substring(q.start(), q.end())).toList();
    }

    @Test
    void curlyAndStraightQuotes() {
        assertEquals(List.of("We call for calm,", "No"),
                texts("He said, “We call for calm,” and later \"No\" was the answer."));
    }

    @Test
    void partialQuotesInsideASentence() {
        assertEquals(List.of("anti-republican", "in vain"),
                texts("They started an “anti-republican” movement “in vain” and left."));
    }

    @Test
    void quoteGoesOnIntoTheNextParagraphWhenThatOpensWithAMark() {
        String s = "He said: “We will fight on.\n\n“We will not stop,” she said.";
        List<QuoteSpans.Span> q = QuoteSpans.find(s);
        assertEquals(1, q.size());
        assertEquals("We will fight on.\n\n“We will not stop,", s.substring(q.get(0).start(), q.get(0).end()));
    }

    @Test
    void quoteOpenAtParagraphEndWithoutContinuationIsFlagged() {
        String s = "“We will fight on.\n\nThe rally ended.";
        List<QuoteSpans.Span> q = QuoteSpans.find(s);
        assertEquals(1, q.size());
        assertTrue(q.get(0).unclosed());
    }

    @Test
    void doubledApostrophesAndAClosingMarkUsedToOpen() {
        assertEquals(List.of("It's anti-reform,", "They're more"),
                texts("''It's anti-reform,'' he said. ''They're more'' said she."));
        assertEquals(List.of("Mr. Trump embodies racism."), texts("”Mr. Trump embodies racism.” ― Sonya Herridge"));
    }

    @Test
    void apostrophesAndInchMarksAreNotQuotes() {
        assertEquals(List.of(), texts("It's the country's 5\" rule, isn't it?"));
    }
}
