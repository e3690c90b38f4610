package org.eventwire.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeonamesImporterTest {
    // GeoNames dump lines (19 columns) written for this test, one of them broken
    private static final String DUMP = String.join("\n",
            row(100, "Zedville", "Zedville", "Zedvil,Zed City,ZDV", "10.5", "20.25", "P", "PPLC", "NE", "08", "250000"),
            row(101, "Zedville", "Zedville", "", "40.1", "-90.2", "P", "PPL", "US", "IL", "1200"),
            row(102, "Little Zed", "Little Zed", "", "10.6", "20.3", "P", "PPL", "NE", "08", "80"),
            row(103, "Zed Airport", "Zed Airport", "", "10.55", "20.2", "S", "AIRP", "NE", "08", "0"),
            row(104, "Zed Region", "Zed Region", "Zedland", "11.0", "21.0", "A", "ADM1", "NE", "08", "900000"),
            "105\tBroken\tBroken\t\tnot-a-number\t1.0\tP\tPPL\tNE",
            row(106, "Farhill", "Farhill", "", "95.0", "1.0", "P", "PPL", "NE", "08", "10"),
            String.join("\t", "107", "Zed County", "Zed County", "", "40.2", "-90.1", "A", "ADM2", "US", "",
                    "IL", "031", "", "", "5000", "", "200", "America/Chicago", "2024-01-01")) + "\n";
    private static final String COUNTRY_INFO = "#ISO\tISO3\tISO-Numeric\tfips\tCountry\tCapital\n"
            + "NE\tNER\t562\tNG\tNiger\tZedville\t1267000\t24206636\tAF\t.ne\tXOF\tFranc\t227\t####\t^(\\d{4})$\tfr-NE,ha,kr,dje\t2440476\tLY,TD,BJ,DZ,NG,BF,ML\t\n"
            + "ZZ\tZZZ\t999\tZZ\tZedistan\tZedville\n";

    private static String row(long id, String name, String ascii, String alts, String lat, String lon,
                              String fclass, String fcode, String cc, String a1, String pop) {
        return String.join("\t", Long.toString(id), name, ascii, alts, lat, lon, fclass, fcode, cc, "", a1,
                "", "", "", pop, "", "200", "Africa/Niamey", "2024-01-01");
    }

    @Test
    void importsPlacesDivisionsAndCountriesAndReportsBadLines(@TempDir Path dir) throws Exception {
        Path dump = dir.resolve("allCountries.txt");
        Files.writeString(dump, DUMP);
        Path info = dir.resolve("countryInfo.txt");
        Files.writeString(info, COUNTRY_INFO);
        Path out = dir.resolve("gaz");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        var importer = new GeonamesImporter(new GeonamesImporter.Options(Set.of("P", "S"), 50, 100_000),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        GeonamesImporter.Result r = importer.run(List.of(dump), info, out);

        assertEquals(4, r.places(), "Little Zed is under the population floor; 105 and 106 are bad");
        assertEquals(1, r.admin1());
        assertEquals(2, r.badLines());
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("allCountries.txt:6: skipped"), errors);
        assertTrue(errors.contains("allCountries.txt:7: skipped, coordinates out of range"), errors);

        Gazetteer g = Gazetteer.load(out);
        assertEquals(4, g.size());
        List<GazetteerEntry> zed = g.byName("zedville");
        assertEquals(100, zed.get(0).geonameId(), "biggest first");
        assertEquals("PPLC", zed.get(0).featureCode());
        assertEquals(100, g.byAlternateName("Zed City").get(0).geonameId());
        assertTrue(g.byAlternateName("ZDV").isEmpty(), "codes are not names");
        assertEquals("Zed Region", g.admin1ByName("Zedland").get(0).name());
        Admin2 county = g.admin2ByOtherName("Zed").get(0);
        assertEquals("Zed County", county.name());
        assertEquals("IL", county.admin1());
        assertEquals("031", county.code());
        assertTrue(g.admin2ByName("Rapides Parish").isEmpty(), "a dump's divisions replace the shipped ones");
        assertEquals("site", Candidates.place(g.byName("Zed Airport").get(0), CountryTable.get(), false).kind());

        CountryTable t = new CountryTable(TsvResource.rows(Files.newBufferedReader(out.resolve("countries.tsv"))), List.of());
        assertEquals("Zedville", t.byAlpha3("NER").capital());
        assertEquals("Nigerien", t.byAlpha3("NER").demonyms().get(0), "shipped demonyms are kept");
        assertEquals("Zedistan", t.byAlpha2("ZZ").name());
        assertEquals("USA", t.byName("the United States").alpha3(), "countries missing from countryInfo are kept");
    }

    @Test
    void importedGazetteerFeedsTheResolver(@TempDir Path dir) throws Exception {
        Path dump = dir.resolve("cities500.txt");
        Files.writeString(dump, DUMP);
        new GeonamesImporter(GeonamesImporter.Options.defaults(), new PrintStream(new ByteArrayOutputStream()))
                .run(List.of(dump), null, dir.resolve("g"));
        PlaceResolver resolver = new PlaceResolver(Gazetteer.load(dir.resolve("g")), CountryTable.get());
        String text = "Officials in Zedville, the capital, said calm had returned.";
        var places = resolver.resolve(text, List.of(new PlaceMention(13, 21, "Zedville", null, 0, text.length())), null);
        assertEquals(1, places.size());
        assertEquals("NER", places.get(0).country());
        assertEquals(100L, places.get(0).geonameId());
    }
}
