package org.eventwire.coding;

import org.eventwire.coding.dict.Dictionaries;
import org.eventwire.model.AnalyzedArticle;
import org.eventwire.model.ArticleInput;
import org.eventwire.model.Event;
import org.eventwire.pipeline.ArticleAnalyzer;
import org.eventwire.pipeline.StandardPipeline;
import org.eventwire.pipeline.TestAnalyzer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

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
 * A pattern with a paired code ("[042:043]", as in the Phoenix dictionaries) on a verb whose
 * target is only the article's focus country: this crashed the article (ArrayIndexOutOfBounds,
 * the implicit target has no tokens to act as the paired event's source). Every event also says
 * which rule, pattern and entry coded it. With the public Phoenix dictionaries (read from ../shared
 * when present) a role whose owner search led back to the role overflowed the stack.
 */
class ImplicitTargetTest {
    private static final List<String> VERBS = List.of(
            "--- HURRY  [042]  ---",
            "HURRY",
            "- * TO  [042:043]");

    @Test
    void pairedCodeWithAnImplicitTargetDoesNotCrash() {
        Dictionaries mine = new Dictionaries();
        mine.readVerbs(VERBS, "test verbs", false);
        Dictionaries dict = Dictionaries.builtIn().plus(mine);
        ArticleAnalyzer a = new ArticleAnalyzer(StandardPipeline.stages(
                Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC), dict), null);
        AnalyzedArticle out = a.analyze(ArticleInput.ofText("t",
                "Floods hit Kenya on Monday. Kenya counted the damage. "
                        + "The Ugandan foreign minister hurried to the scene on Tuesday.", "2023-05-10"));
        assertNull(out.error(), out.error());
        Event e = out.events().stream().filter(x -> x.source().code().startsWith("UGA")).findFirst()
                .orElseThrow(() -> new AssertionError("no Ugandan event: " + out.events()));
        assertEquals("042", e.cameo());
        assertNotNull(e.coder());
        assertEquals("VerbClause", e.coder().rule());
        assertEquals("HURRY/HURRY", e.coder().entry());
        // no paired event with the implicit focus country as its source
        assertFalse(out.events().stream().anyMatch(x -> x.cameo().equals("043")), out.events().toString());
        assertTrue(out.events().stream().allMatch(x -> x.coder() != null && x.coder().rule() != null));
    }

    @Test
    void phoenixDictionariesOnOrdinaryNews() throws Exception {
        Path shared = TestAnalyzer.shared();
        Assumptions.assumeTrue(shared != null && Files.isDirectory(shared.resolve("data/phoenix")), "no Phoenix dictionaries");
        Path dev = shared.resolve("eval/wikinews-dev");
        Dictionaries dict = new CodingOptions(shared.resolve("data/phoenix"), true).load();
        ArticleAnalyzer a = new ArticleAnalyzer(StandardPipeline.stages(
                Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC), dict), null);
        // articles of the shared development set that crashed (index -1, stack overflow) when read with them
        for (String f : List.of("wn2019-106.txt", "wn2019-137.txt")) {
            Path p = dev.resolve(f);
            Assumptions.assumeTrue(Files.exists(p), "no " + p);
            AnalyzedArticle out = a.analyze(ArticleInput.ofText(f, Files.readString(p), "2019-10-10"));
            assertNull(out.error(), f + ": " + out.error());
        }
        // every article of the shared Wikinews 2019 collection (one overflowed the stack in a role's owner search)
        Path csv = shared.resolve("data/wikinews/wikinews_2019.csv");
        Assumptions.assumeTrue(Files.exists(csv), "no " + csv);
        List<List<String>> rows = csvRows(Files.readString(csv));
        int text = rows.get(0).indexOf("text");
        for (List<String> r : rows.subList(130, Math.min(rows.size(), 140))) {
            AnalyzedArticle out = a.analyze(ArticleInput.ofText("row", r.get(text), "2019-10-09"));
            assertNull(out.error(), out.error());
        }
    }

    /** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
    private static List<List<String>> csvRows(String s) {
        List<List<String>> rows = new java.util.ArrayList<>();
        List<String> row = new java.util.ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (q) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    q = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                q = true;
            } else if (c == ',') {
                row.add(f.toString());
                f.setLength(0);
            } else if (c == '\n') {
                row.add(f.toString());
                f.setLength(0);
                rows.add(row);
                row = new java.util.ArrayList<>();
            } else if (c != '\r') {
                f.append(c);
            }
        }
        if (f.length() > 0 || !row.isEmpty()) {
            row.add(f.toString());
            rows.add(row);
        }
        return rows;
    }
}
