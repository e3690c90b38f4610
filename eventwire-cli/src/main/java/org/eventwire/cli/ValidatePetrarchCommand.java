package org.eventwire.cli;

import org.eventwire.coding.dict.Dictionaries;
import org.eventwire.coding.petrarch.PetrarchValidator;
import org.eventwire.coding.petrarch.UnitTestFile;
import org.eventwire.coding.petrarch.UnitTestRecord;
import org.eventwire.nlp.NlpModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** `eventwire validate-petrarch`: runs PETRARCH unit-test records through eventwire's coder. */
@Command(name = "validate-petrarch", mixinStandardHelpOptions = true,
        description = "Code PETRARCH unit-test records with our parser and compare with their expected codings.")
final class ValidatePetrarchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RECORDS.xml")
    Path records;

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "folder of the dictionaries the file's <Environment> names (default: the file's folder)")
    Path dictionaries;

    @Option(names = "--verbose", description = "list every record, not only failures")
    boolean verbose;

    @Override
    public Integer call() {
        UnitTestFile file;
        Dictionaries dict;
        try {
            file = UnitTestFile.read(records);
            Path dir = dictionaries != null ? dictionaries : records.toAbsolutePath().getParent();
            if (file.verbFile == null && file.actorFile == null) {
                dict = Dictionaries.load(dir);
            } else {
                dict = Dictionaries.loadFiles(dir, existing(dir, file.verbFile), existing(dir, file.actorFile),
                        existing(dir, file.agentFile), existing(dir, file.discardFile));
            }
        } catch (IOException e) {
            System.err.println("eventwire: " + e.getMessage());
            return 2;
        }
        file.problems.forEach(p -> System.err.println("eventwire: " + records + ": " + p));
        dict.problems.forEach(p -> System.err.println("eventwire: dictionary: " + p));
        System.err.println("eventwire: " + dict.summary());
        PetrarchValidator v = new PetrarchValidator(dict, NlpModels::annotate);
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        for (UnitTestRecord r : file.records) {
            if (!r.coded()) {
                skipped++; // sentence="false": PETRARCH's validator does not code these either
                if (verbose) {
                    System.out.println("SKIP " + r.id() + " [" + r.category() + "] sentence=\"false\"");
                }
                continue;
            }
            PetrarchValidator.Result res = v.run(r);
            if (res.passed()) {
                passed++;
            } else {
                failed++;
            }
            if (!res.passed() || verbose) {
                System.out.println((res.passed() ? "PASS " : "FAIL ") + r.id() + " [" + r.category() + "] expected "
                        + (r.expectedError() != null ? "error " + r.expectedError() : r.expected())
                        + " got " + (res.error() != null ? "error " + res.error() : res.got()));
            }
        }
        System.out.println(passed + " passed, " + failed + " failed" + (skipped > 0 ? ", " + skipped
                + " skipped (sentence=\"false\")" : ""));
        return 0;
    }

    /** The file name if it exists in dir; a missing one is reported and skipped. */
    private static String existing(Path dir, String name) {
        if (name == null) {
            return null;
        }
        if (!Files.exists(dir.resolve(name))) {
            System.err.println("eventwire: dictionary " + dir.resolve(name) + " not found; skipped");
            return null;
        }
        return name;
    }
}
