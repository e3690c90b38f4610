package org.eventwire.dateline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.eventwire.model.Dateline;

/** Properties of the dateline parser, through its public API only, on generated text. */
class DatelineParserPropertyTest {
    private final DatelineParser parser = new DatelineParser(Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"),
            ZoneOffset.UTC));

    @Property
    void anyTextGivesNoDatelineOrOneWhoseEvidenceIsInTheText(@ForAll("texts") String text,
                                                            @ForAll("publicationDates") String published) {
        Dateline d = parser.parse(text, published);
        if (d == null) {
            return;
        }
        assertNotNull(d.evidence());
        assertTrue(d.evidence().start() >= 0 && d.evidence().start() < d.evidence().end()
                && d.evidence().end() <= text.length(), d.toString());
        assertEquals(text.substring(d.evidence().start(), d.evidence().end()), d.evidence().text());
        assertTrue(d.place() != null && !d.place().isBlank(), d.toString());
        if (d.date() != null) {
            LocalDate.parse(d.date());
        }
    }

    @Property
    void aWireDatelineWithItsYearGivesThatDate(@ForAll("places") String place, @ForAll("dates") LocalDate date,
                                              @ForAll("agencies") String agency, @ForAll("bodies") String body) {
        String month = date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        String text = place + ", " + month + " " + date.getDayOfMonth() + ", " + date.getYear()
                + " (" + agency + ") - " + body;
        Dateline d = parser.parse(text, null);
        assertNotNull(d, text);
        assertEquals(date.toString(), d.date(), text);
        assertEquals(0, d.evidence().start());
        assertFalse(d.dateInferred());
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("WASHINGTON", "Nairobi", "SAN JOSE", "Paris", "LONDON", "Kyiv", "NEW DELHI"),
                Arbitraries.of(", ", " ", "\n", "\n\n", " - ", " -- ", " — ", ": ", "(", ")", "[", "]", "."),
                Arbitraries.of("Jan.", "July", "Sept", "May", "Dec", "Monday", "Friday", "27", "5", "2023", "31"),
                Arbitraries.of("(Reuters)", "(AP)", "(AFP)", "[US]", "(ANI)"),
                Arbitraries.strings().withCharRange(' ', '\u024F').withChars('\n', '\t', '\u00a0').ofMaxLength(12));
        return pieces.list().ofMaxSize(25).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> publicationDates() {
        return Arbitraries.oneOf(Arbitraries.just(null), dates().map(LocalDate::toString));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Combinators.combine(Arbitraries.integers().between(1990, 2030), Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 28)).as(LocalDate::of);
    }

    @Provide
    Arbitrary<String> places() {
        return Arbitraries.of("NAIROBI", "WASHINGTON", "SAN JOSE", "Geneva", "PORT LOUIS", "Lagos");
    }

    @Provide
    Arbitrary<String> agencies() {
        return Arbitraries.of("Reuters", "AP", "AFP", "Xinhua");
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.of("The government said on Tuesday it would lift the curfew.",
                "Talks between the two sides ended without a deal.", "Rain closed the main road.");
    }
}
