package org.eventwire.quote;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TitleInQuotesTest {
    private static boolean title(String text) {
        return TitleInQuotes.is(text, QuoteSpans.find(text).get(0));
    }

    @Test
    void namesOfShowsEventsAndLawsAreTitles() {
        assertTrue(title("She spoke on Tuesday's episode of “The Steve Harvey Morning Show,” the host said."));
        assertTrue(title("He spoke during a \"Commander-in-Chief Forum\" sponsored by NBC News."));
        assertTrue(title("The bill, known as the “Justice Against Sponsors of Terrorism Act” was passed."));
        assertTrue(title("Pence said on CNN's \"State of the Union.\""));
        assertTrue(title("In his 2002 book, “Make Your Kid a Millionaire,” he suggested saving early."));
        assertTrue(title("She closed with the civil rights anthem “A Change Is Gonna Come.”"));
    }

    @Test
    void wordsSomeoneSaidAreNot() {
        assertFalse(title("He said the plan was “Dead On Arrival” after the vote."));
        assertFalse(title("The mayor called it “a disgrace to the City” on Monday."));
        assertFalse(title("“We Will Win,” the candidate said."));
        assertFalse(title("The senator's “deep concern about the deal” was noted."));
        assertFalse(title("In his book, he wrote, “we must never forget the victims of this war.”"));
    }
}
