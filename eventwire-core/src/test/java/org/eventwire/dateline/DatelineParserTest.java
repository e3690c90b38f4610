package org.eventwire.dateline;

import org.eventwire.model.Dateline;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatelineParserTest {
    private final DatelineParser parser =
            new DatelineParser(Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void aniDatelineWithBracketedCountry() {
        String text = "Headline here\n\nWashington [US], July 27 (ANI): US Secretary of State spoke.";
        Dateline d = parser.parse(text, "2023-07-27");
        assertEquals("Washington", d.place());
        assertEquals("US", d.country());
        assertEquals("2023-07-27", d.date());
        assertEquals("ANI", d.agency());
        assertFalse(d.dateInferred());
        assertEquals("Washington [US], July 27 (ANI):", d.evidence().text());
    }

    @Test
    void reutersCapitalisedPlace() {
        Dateline d = parser.parse("NIAMEY, July 26 (Reuters) - Soldiers said on Wednesday ...", "2023-07-26");
        assertEquals("Niamey", d.place());
        assertEquals("Reuters", d.agency());
        assertEquals("2023-07-26", d.date());
    }

    @Test
    void apDatelineWithoutDateTakesPublicationDate() {
        Dateline d = parser.parse("LONDON (AP) — Britain's prime minister said ...", "2024-02-03");
        assertEquals("London", d.place());
        assertEquals("AP", d.agency());
        assertEquals("2024-02-03", d.date());
    }

    @Test
    void multiWordPlaceAndExplicitYear() {
        Dateline d = parser.parse("NEW YORK, Jan. 5, 2024 (AFP) -- Stocks fell.", null);
        assertEquals("New York", d.place());
        assertEquals("2024-01-05", d.date());
        assertFalse(d.dateInferred());
    }

    @Test
    void yearNearestToPublicationAcrossNewYear() {
        Dateline d = parser.parse("PARIS, Dec. 31 (Reuters) - Fireworks.", "2024-01-02");
        assertEquals("2023-12-31", d.date());
    }

    @Test
    void yearInferredFromWeekdaysWithoutPublicationDate() {
        Dateline d = parser.parse("Washington [US], July 27 (ANI): Blinken on Wednesday spoke to Bazoum.", null);
        assertEquals("2023-07-27", d.date());
        assertTrue(d.dateInferred());
    }

    @Test
    void ordinaryOpeningSentenceIsNoDateline() {
        assertNull(parser.parse("The president said on Monday that talks would resume.", "2024-01-01"));
        assertNull(parser.parse("Police: two arrested after protest", "2024-01-01"));
    }

    private Dateline read(String text) {
        return parser.parse(text, "2024-03-03");
    }

    private static void assertDateline(Dateline d, String place, String date, String agency) {
        assertEquals(place, d.place(), d.toString());
        assertEquals(date, d.date(), d.toString());
        assertEquals(agency, d.agency(), d.toString());
    }

    @Test
    void reutersForm() {
        assertDateline(read("LONDON, March 3 (Reuters) - The central bank kept rates on hold."),
                "London", "2024-03-03", "Reuters");
    }

    @Test
    void apFormWithStateAbbreviation() {
        Dateline d = read("PORTLAND, Ore. (AP) — A ferry ran aground on a sandbar early Sunday.");
        assertDateline(d, "Portland", "2024-03-03", "AP");
        assertEquals("PORTLAND, Ore. (AP) —", d.evidence().text());
    }

    @Test
    void afpFormWithYear() {
        assertDateline(read("PARIS, March 3, 2024 (AFP) - Farmers drove tractors into the city centre."),
                "Paris", "2024-03-03", "AFP");
    }

    @Test
    void xinhuaForm() {
        assertDateline(read("BEIJING, March 3 (Xinhua) -- The annual session of the legislature opened."),
                "Beijing", "2024-03-03", "Xinhua");
    }

    @Test
    void upiForm() {
        assertDateline(read("WASHINGTON, March 2 (UPI) -- The Senate passed a stopgap spending bill."),
                "Washington", "2024-03-02", "UPI");
    }

    @Test
    void dpaFormWithoutDate() {
        assertDateline(read("Berlin (dpa) - The coalition agreed on a budget late on Saturday."),
                "Berlin", "2024-03-03", "dpa");
    }

    @Test
    void ptiFormHasNoDash() {
        Dateline d = read("New Delhi, Mar 2 (PTI) The election commission announced the poll schedule.");
        assertDateline(d, "New Delhi", "2024-03-02", "PTI");
        assertEquals("New Delhi, Mar 2 (PTI)", d.evidence().text());
    }

    @Test
    void anadoluForm() {
        assertDateline(read("ANKARA (AA) - The parliament approved the accession protocol."),
                "Ankara", "2024-03-03", "AA");
    }

    @Test
    void tassAndEfeForms() {
        assertDateline(read("MOSCOW, March 1. /TASS/. The foreign ministry summoned the ambassador."),
                "Moscow", "2024-03-01", "TASS");
        assertDateline(read("Madrid, 2 Mar (EFE).- The government approved the housing law."),
                "Madrid", "2024-03-02", "EFE");
    }

    @Test
    void monthsInCapitalsAbbreviatedOrMistyped() {
        assertDateline(read("CHICAGO, FEB 26 - Grain futures closed higher."), "Chicago", "2024-02-26", null);
        assertDateline(read("DENVER, FEb 26 - Shr 12 cts vs 10 cts"), "Denver", "2024-02-26", null);
        assertDateline(read("RENO, Nev., Mach 1 - Casino revenue rose."), "Reno", "2024-03-01", null);
        assertDateline(read("Bogota, march 1 - coffee exports fell in february."), "Bogota", "2024-03-01", null);
        assertDateline(read("La paz, march 1 - tin miners went on strike."), "La paz", "2024-03-01", null);
        assertNull(read("Talks resume, March 1 - what to expect"), "lower-case words only in lower-cased copy");
    }

    @Test
    void missingOrDoubledCommas() {
        assertDateline(read("RICHMOND, Va. Feb 26 - The utility raised its dividend."), "Richmond", "2024-02-26", null);
        assertDateline(read("TOWSON, Md., - March 1 - The bank named a new chairman."), "Towson", "2024-03-01", null);
        assertDateline(read("BOSTON, March 1, - Shares of the insurer rose."), "Boston", "2024-03-01", null);
        assertDateline(read("SALEM , March 1 - The mill reopened."), "Salem", "2024-03-01", null);
    }

    @Test
    void regionsAfterThePlace() {
        assertDateline(read("Scarborough, Ontario, March 1 - The retailer opened two stores."),
                "Scarborough", "2024-03-01", null);
        assertDateline(read("GREAT FALLS, MONT., March 1 - The county approved the levy."), "Great Falls", "2024-03-01", null);
        assertDateline(read("VANCOUVER, British Columbia, March 1 - The miner cut output."), "Vancouver", "2024-03-01", null);
        assertDateline(read("RIO DE JANEIRO, March 1 (Reuters) - Carnival ended."), "Rio de Janeiro", "2024-03-01", "Reuters");
    }

    @Test
    void datelineAfterHeadlineAndByline() {
        Dateline d = read("Talks on the ceasefire resume in Geneva\nBy Jane Doe and Omar Ali\n\n"
                + "GENEVA, 2 March 2024 (Reuters) - Negotiators met again on Saturday.");
        assertDateline(d, "Geneva", "2024-03-02", "Reuters");
        assertEquals("GENEVA, 2 March 2024 (Reuters) -", d.evidence().text());
    }

    @Test
    void oldReutersCopyNamesItselfInTheSignOff() {
        assertDateline(read("TOKYO, March 2 - The yen firmed against the dollar.\n Reuter"), "Tokyo", "2024-03-02", "Reuters");
    }

    @Test
    void aWordInTheDatePlaceThatIsNoMonthIsNoDateline() {
        assertNull(read("Boston, Calif 3 - nothing"));
        assertNull(read("By the numbers: what the budget means"));
        assertNull(read("Leaders of the African Union (AU) met in Niamey on Sunday."), "an agency needs a date or a dash");
    }
}
