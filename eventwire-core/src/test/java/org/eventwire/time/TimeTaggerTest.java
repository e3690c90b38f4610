package org.eventwire.time;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import org.eventwire.model.TimeExpression;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * eventwire's temporal tagger, one test per pattern family and anchor rule (sentences written
 * for this test). Tokens come from CoreNLP's tokenizer, as in the pipeline; the tags a tagger
 * would give are approximated (capitalised words NNP, numbers CD), which is all the patterns read.
 */
class TimeTaggerTest {
    /** A Wednesday. */
    static final String REF = "2024-03-13";

    static List<TimeExpression> tag(String text, String ref) {
        PTBTokenizer<CoreLabel> tok = new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(),
                "invertible=true");
        List<TimeTokens.Token> tokens = new ArrayList<>();
        while (tok.hasNext()) {
            CoreLabel l = tok.next();
            String w = l.word();
            String tag = Character.isUpperCase(w.charAt(0)) ? "NNP" : Character.isDigit(w.charAt(0)) ? "CD" : "";
            tokens.add(new TimeTokens.Token(w, tag, l.beginPosition(), l.endPosition()));
        }
        return new TimeTagger(ref).tag(tokens, text);
    }

    /** The one expression whose text is given: "text=value" checks. */
    static TimeExpression find(String sentence, String text) {
        return tag(sentence, REF).stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no \"" + text + "\" in " + tag(sentence, REF)));
    }

    static void value(String sentence, String text, String value) {
        assertEquals(value, find(sentence, text).value(), sentence);
    }

    @Test
    void aModifierEndingTheSentenceModifiesNothing() {
        // headlines and page fragments end without a full stop: "early" or "later in" is the last token
        assertEquals(List.of(), tag("Talks end early", REF));
        assertEquals(List.of(), tag("More news later in", REF));
        assertEquals(List.of(), tag("Results due in about", REF));
    }

    @Test
    void explicitDates() {
        value("The talks opened on March 3, 2023 in Doha.", "March 3, 2023", "2023-03-03");
        value("Voters went to the polls on 5 March 2022.", "5 March 2022", "2022-03-05");
        value("The law took effect on Monday, Feb. 26.", "Monday, Feb. 26", "2024-02-26");
        value("The ceasefire of January 2020 held.", "January 2020", "2020-01");
        value("He was elected in 1998 and again in 2003.", "1998", "1998");
        value("The filing is dated 2023-11-04.", "2023-11-04", "2023-11-04");
        value("The memo was dated 11/4/2023.", "11/4/2023", "2023-11-04");
        assertTrue(tag("Revenue rose to 1,998 units and 2500 people came.", REF).isEmpty());
    }

    @Test
    void aDateWithoutYearTakesTheNearYearLookingBack() {
        value("The army seized the town on Feb. 20.", "Feb. 20", "2024-02-20");
        // a day months ahead of the article is last year's
        value("The army seized the town on Oct. 20.", "Oct. 20", "2023-10-20");
        value("In January the cabinet resigned.", "January", "2024-01");
    }

    @Test
    void mayAsAModalIsNoMonth() {
        List<TimeTokens.Token> tokens = List.of(new TimeTokens.Token("May", "MD", 0, 3),
                new TimeTokens.Token("she", "PRP", 4, 7), new TimeTokens.Token("go", "VB", 8, 10));
        assertTrue(new TimeTagger(REF).tag(tokens, "May she go").isEmpty());
    }

    @Test
    void decadesCenturiesAndSpokenYears() {
        value("Growth was fast in the 1990s.", "1990s", "199");
        value("Rents doubled in the '80s.", "'80s", "198");
        value("It was a scandal of the 20th century.", "20th century", "19");
        value("The dam was built in nineteen ninety-six.", "nineteen ninety-six", "1996");
    }

    @Test
    void relativeToTheReferenceDate() {
        value("Prices fell yesterday.", "yesterday", "2024-03-12");
        value("The minister resigned last month.", "last month", "2024-02");
        value("The vote is next year.", "next year", "2025");
        value("Talks resumed last week.", "last week", "2024-W10");
        value("The strike ended last April.", "last April", "2023-04");
        value("The bridge opened two years ago.", "two years ago", "2022");
        value("The bridge opened three months ago.", "three months ago", "2023-12");
        value("The rebels withdrew earlier this month.", "earlier this month", "2024-03");
        value("Fighting resumed over the weekend.", "the weekend", "2024-W10-WE");
        value("The day before last Tuesday's vote, the army moved in.", "The day before last Tuesday", "2024-03-11");
        value("Several years ago the mine closed.", "Several years ago", "PAST_REF");
    }

    @Test
    void fuzzyReferences() {
        value("The company now employs 300 people.", "now", "PRESENT_REF");
        value("Relations have recently improved.", "recently", "PAST_REF");
        value("Such attacks were rare in the past.", "in the past", "PAST_REF");
        value("They hope to return in the near future.", "the near future", "FUTURE_REF");
        assertNull(tag("From now on, tickets cost more.", REF).stream().filter(t -> t.text().equals("now")).findFirst()
                .orElse(null));
    }

    @Test
    void durationsAndSets() {
        value("The siege lasted three weeks.", "three weeks", "P3W");
        value("It is a 10-year plan.", "10-year", "P10Y");
        value("He was held for 24 hours.", "24 hours", "PT24H");
        value("Talks went on for several months.", "several months", "PXM");
        value("Output fell over the past four months.", "the past four months", "P4M");
        value("The famine lasted a decade.", "a decade", "P10Y");
        value("Prices are published daily.", "daily", "P1D");
        value("The board meets every month.", "every month", "P1M");
        value("The council meets twice a year.", "a year", "P1Y");
        assertEquals("SET", find("The council meets twice a year.", "a year").type());
        // an age is not a time
        assertTrue(tag("A 6-year-old boy was rescued.", REF).isEmpty());
    }

    @Test
    void quartersHalvesSeasonsAndFiscalYears() {
        value("Profit rose in the third quarter.", "the third quarter", "2023-Q3");
        value("Profit rose in the first quarter.", "the first quarter", "2024-Q1");
        value("Third-quarter profit rose.", "Third-quarter", "2023-Q3");
        value("Sales fell in the first half of 2022.", "the first half of 2022", "2022-H1");
        value("Results for fiscal 2023 were weak.", "fiscal 2023", "2023");
        value("The offensive began last summer.", "last summer", "2023-SU");
        value("The lake froze in the winter of 2021.", "the winter of 2021", "2021-WI");
        // business news: "the quarter" and "a year earlier" follow the quarter reported on
        List<TimeExpression> t = tag("Net income rose in the third quarter, up from a year earlier.", REF);
        assertEquals("2023-Q3", t.get(0).value());
        assertEquals("2022-Q3", t.get(1).value());
    }

    @Test
    void modifiers() {
        TimeExpression early = find("Elections are due in early 2025.", "early 2025");
        assertEquals("2025", early.value());
        assertEquals("START", early.mod());
        assertEquals("MID", find("Unrest grew in the mid-1990s.", "mid-1990s").mod());
        TimeExpression late = find("Soldiers seized power late on Wednesday.", "late on Wednesday");
        assertEquals("2024-03-13", late.value());
        assertEquals("END", late.mod());
        assertEquals("END", find("A deal is expected by the end of the year.", "the end of the year").mod());
        assertEquals("2024", find("A deal is expected by the end of the year.", "the end of the year").value());
        TimeExpression more = find("The war has lasted more than two years.", "more than two years");
        assertEquals("P2Y", more.value());
        assertEquals("MORE_THAN", more.mod());
        assertEquals("APPROX", find("The trip took about three hours.", "about three hours").mod());
        assertEquals("LESS_THAN", find("He served less than a year.", "less than a year").mod());
    }

    @Test
    void rangesTakeTheFirstEndsMonth() {
        List<TimeExpression> t = tag("The summit runs from March 3 to 5.", REF);
        assertEquals(List.of("2024-03-03", "2024-03-05"), t.stream().map(TimeExpression::value).toList());
        t = tag("The summit runs March 3-5, 2023.", REF);
        assertEquals(List.of("2023-03-03", "2023-03-05"), t.stream().map(TimeExpression::value).toList());
    }

    @Test
    void weekdaysAndClockTimes() {
        // the tagger gives a weekday its last occurrence; NarrativeTimes then applies the tense
        value("The envoy arrived on Monday.", "Monday", "2024-03-11");
        value("The envoy arrived on Wednesday.", "Wednesday", "2024-03-13");
        value("The envoy arrived last Wednesday.", "last Wednesday", "2024-03-06");
        value("The envoy arrives next Friday.", "next Friday", "2024-03-15");
        value("Shots were heard on Friday night.", "Friday night", "2024-03-08");
        value("The talks ended on Tuesday evening.", "Tuesday evening", "2024-03-12TEV");
        value("Polls close at 8 p.m. today.", "8 p.m. today", "2024-03-13T20:00");
        value("The blast came at 10:35 a.m. EST Tuesday.", "10:35 a.m. EST Tuesday", "2024-03-12T10:35");
        value("The deadline is noon.", "noon", "2024-03-13T12:00");
        value("A storm hit this morning.", "this morning", "2024-03-13TMO");
        value("Protesters marched last night.", "last night", "2024-03-12TNI");
    }

    @Test
    void yearsNamedByReference() {
        value("The dam was finished in 1994 and flooded that year.", "that year", "1994");
        value("The dam was finished in 1994; the following year it flooded.", "the following year", "1995");
        value("It was the deadliest attack of the year.", "the year", "2024");
        assertEquals("P1Y", find("Profit for the year ended March 31 fell.", "the year").value());
        value("The strike ended in July last year.", "July last year", "2023-07");
        value("The treaty was signed in January nineteen ninety-seven.", "January nineteen ninety-seven", "1997-01");
    }

    @Test
    void namesAndAgesAreNoTimes() {
        assertTrue(tag("Thousands joined the March for Life in the capital.", REF).isEmpty());
        assertTrue(tag("She moved there in her 30s.", REF).isEmpty());
        assertTrue(tag("He watched High Noon on television.", REF).isEmpty());
        assertTrue(tag("She told the Daily Mail about it.", REF).isEmpty());
        assertTrue(tag("The minister spoke on ABC's This Week program.", REF).isEmpty());
    }

    @Test
    void halvesAndClockTimesWithDates() {
        value("Sales rose in the last half of 2022.", "the last half of 2022", "2022-H2");
        value("Offers are due by 5 p.m. EST, Nov. 6.", "5 p.m. EST, Nov. 6", "2023-11-06T17:00");
        value("The lake froze in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI");
    }

    @Test
    void holidays() {
        value("Shops closed on Christmas Day.", "Christmas Day", "2023-12-25");
        value("Flights were full at Thanksgiving 2023.", "Thanksgiving 2023", "2023-11-23");
    }

    @Test
    void withoutAReferenceDateOnlyWrittenDatesAreValued() {
        List<TimeExpression> t = tag("The talks opened on March 3, 2023 and ended yesterday.", null);
        assertEquals(1, t.size());
        assertEquals("2023-03-03", t.get(0).value());
    }

    @Test
    void datelineDate() {
        String text = "NAIROBI, Aug. 7 (Xinhua) -- Talks resumed.";
        List<TimeExpression> t = DatelineTime.of(new org.eventwire.model.Dateline("Nairobi", "KEN", "2023-08-07",
                "Xinhua", false, new org.eventwire.model.Span(0, 24, text.substring(0, 24))), text);
        assertEquals(1, t.size());
        assertEquals("Aug. 7", t.get(0).text());
        assertEquals("2023-08-07", t.get(0).value());
    }

    @Test
    void deterministic() {
        String s = "On Friday, three years after the 2019 vote, the council met for two hours; it meets again next week.";
        assertEquals(tag(s, REF), tag(s, REF));
    }
}
