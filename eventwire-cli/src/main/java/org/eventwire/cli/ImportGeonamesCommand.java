package org.eventwire.cli;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.eventwire.geo.GeonamesImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Imports a GeoNames dump (allCountries.txt, cities500.txt, countryInfo.txt) into a gazetteer
 * directory; run eventwire with -Deventwire.gazetteer=DIR or EVENTWIRE_GAZETTEER=DIR to use it.
 */
@Command(name = "import-geonames", mixinStandardHelpOptions = true,
        description = "Import a GeoNames dump into a gazetteer directory (GeoNames data: CC BY 4.0, geonames.org).")
public class ImportGeonamesCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DUMP", description = "GeoNames files in the 19-column format (.txt or .txt.gz)")
    List<Path> dumps;

    @Option(names = "--country-info", paramLabel = "FILE", description = "GeoNames countryInfo.txt")
    Path countryInfo;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "output directory")
    Path out;

    @Option(names = "--feature-classes", split = ",", defaultValue = "P",
            description = "GeoNames feature classes to keep (P places, S sites, L areas, T terrain); default ${DEFAULT-VALUE}")
    List<String> featureClasses;

    @Option(names = "--min-population", defaultValue = "0", description = "skip populated places below this")
    long minPopulation;

    @Option(names = "--alternates-min-population", defaultValue = "100000",
            description = "keep alternate names of places from this population (capitals always)")
    long alternatesMinPopulation;

    @Override
    public Integer call() throws Exception {
        Set<String> classes = new LinkedHashSet<>();
        featureClasses.forEach(c -> classes.add(c.trim().toUpperCase(java.util.Locale.ROOT)));
        var importer = new GeonamesImporter(new GeonamesImporter.Options(classes, minPopulation, alternatesMinPopulation),
                System.err);
        long t0 = System.nanoTime();
        GeonamesImporter.Result r = importer.run(dumps, countryInfo, out);
        System.err.printf("import-geonames: %d places, %d first-level divisions, %d countries, %d bad lines skipped, %d ms -> %s%n",
                r.places(), r.admin1(), r.countries(), r.badLines(), (System.nanoTime() - t0) / 1_000_000, out);
        return 0;
    }
}
