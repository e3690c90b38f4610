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
}
