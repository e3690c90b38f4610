package org.eventwire.coding.dict;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The PETRARCH/TABARI dictionary readers on generated lines made of the formats' own tokens in
 * any order: whatever a broken or hand-edited dictionary holds, reading ends, with problems
 * reported, never with an exception.
 */
class DictionaryReaderPropertyTest {
    @Property
    void actorLinesNeverCrashTheReader(@ForAll("lines") List<String> lines) {
        List<PhraseEntry> got = new ArrayList<>();
        ActorFileReader r = new ActorFileReader();
        r.read(lines, "generated", got::add);
        got.forEach(e -> assertNotNull(e.words()));
        assertNotNull(r.problems());
    }

    @Property
    void agentLinesNeverCrashTheReader(@ForAll("lines") List<String> lines) {
        List<PhraseEntry> got = new ArrayList<>();
        new AgentFileReader().read(lines, got::add);
        got.forEach(e -> assertNotNull(e.words()));
    }

    @Property
    void verbLinesNeverCrashTheReader(@ForAll("lines") List<String> lines, @ForAll boolean nominal) {
        VerbFileReader r = new VerbFileReader();
        assertNotNull(r.read(lines, "generated", nominal));
        assertNotNull(r.problems());
    }

    @Property
    void discardLinesNeverCrashTheReader(@ForAll("lines") List<String> lines) {
        Dictionaries d = new Dictionaries();
        d.readDiscards(lines);
        d.readActors(lines, "generated");
        d.readAgents(lines);
        assertNotNull(d.summary());
    }

    @Provide
    Arbitrary<List<String>> lines() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of("GONDOR", "NORTH_LANDERS", "PRESIDENT", "ATTORNEY_GENERAL", "BREAK_DOWN",
                        "ABANDON", "TIE", "WIRE_+TAP", "*", "&CURRENCY", "&TIETYPES", "!PERSON!", "MAN,", "MEN"),
                Arbitraries.of("[", "]", "[ARG]", "[~GOV]", "[NGO~]", "[AAA/BBB]", "[GONGOV 19950601 - 19990815]",
                        "[NERELI < 930416]", "[IGOUNO >20070101]", "[345]", "[---]", "[]", "[ - ]", "[>]", "[9 -]"),
                Arbitraries.of("+", "-", "---", "--- ABANDON [345] ---", "{", "}", "{+BROKE_DOWN}", "{}", "(", ")",
                        "=", "#", "<!", "-->", "_", "~", "$", "%", "^", "|", "/", "<", ">", "&", "!", "!!"),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(6));
        Arbitrary<String> line = Arbitraries.oneOf(
                token.list().ofMaxSize(8).map(t -> String.join(" ", t)),
                token.list().ofMaxSize(8).map(t -> "\t" + String.join("", t)),
                token.list().ofMaxSize(4).map(t -> String.join("_", t)));
        return line.list().ofMaxSize(30);
    }
}
