package org.eventwire.coding;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Our CAMEO code table against the published Goldstein weights and the CAMEO-to-PLOVER table. */
class CameoCodebookTest {
    private static Path shared(String rel) {
        String base = System.getProperty("eventwire.shared");
        assumeTrue(base != null && Files.exists(Path.of(base, rel)), "shared data not available: " + rel);
        return Path.of(base, rel);
    }

    @Test
    void everyGoldsteinWeightMatchesThePublishedScale() throws IOException {
        List<String> lines = Files.readAllLines(shared("data/cameo/goldstein.tsv"));
        Map<String, CameoCode> ours = CameoCodebook.get().all();
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] p = line.split("\t");
            CameoCode c = ours.get(p[0]);
            assertNotNull(c, "missing code " + p[0]);
            assertEquals(Double.parseDouble(p[1]), c.goldstein(), 1e-9, "Goldstein of " + p[0]);
            checked++;
        }
        assertTrue(checked >= 290, "only " + checked + " weights checked");
    }

    @Test
    void ploverTypesMatchTheConversionTable() throws IOException {
        Pattern row = Pattern.compile("^(\\d{3,4}):\\s*([A-Z]+)");
        Map<String, String> table = new HashMap<>();
        for (String line : Files.readAllLines(shared("eval/plover-gsr/CAMEO2PLOVER-2021.txt"))) {
            Matcher m = row.matcher(line);
            if (m.find()) {
                table.put(m.group(1), m.group(2));
            }
        }
        assertTrue(table.size() > 200);
        for (Map.Entry<String, String> e : table.entrySet()) {
            CameoCode c = CameoCodebook.get().find(e.getKey());
            assertNotNull(c, "missing code " + e.getKey());
            assertEquals(e.getValue(), c.plover(), "PLOVER type of " + e.getKey());
        }
    }

    @Test
    void quadClassFollowsTheRoot() {
        assertEquals(1, CameoCodebook.get().find("0253").quadClass());
        assertEquals(2, CameoCodebook.get().find("0841").quadClass());
        assertEquals(3, CameoCodebook.get().find("111").quadClass());
        assertEquals(4, CameoCodebook.get().find("181").quadClass());
        assertEquals("0253", CameoCodebook.get().nearest("0253").code());
        assertEquals("025", CameoCodebook.get().nearest("0259").code());
    }
}
