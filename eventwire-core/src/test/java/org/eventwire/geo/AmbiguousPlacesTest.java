package org.eventwire.geo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hand-written set of ambiguous place mentions (ambiguous-places.tsv): each sentence is
 * resolved with the target mention (as the NER would give it) plus whatever our spotter finds
 * around it; the target's country and kind must match.
 */
class AmbiguousPlacesTest {
    @Test
    void resolvesAtLeastNinetyPercentOfAmbiguousMentions() throws Exception {
        PlaceResolver resolver = new PlaceResolver();
        PlaceSpotter spotter = new PlaceSpotter();
        int total = 0;
        int right = 0;
        List<String> wrong = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("ambiguous-places.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String sentence = f[0];
                int at = sentence.indexOf(f[1]);
                assertTrue(at >= 0, "mention not in sentence: " + line);
                PlaceMention target = new PlaceMention(at, at + f[1].length(), f[1], null, 0, sentence.length());
                List<PlaceMention> ms = new ArrayList<>(List.of(target));
                for (PlaceMention m : spotter.spot(sentence)) {
                    if (m.end() <= target.start() || m.start() >= target.end()) {
                        ms.add(m);
                    }
                }
                PlaceResolver.Resolved got = resolver.resolveMentions(sentence, ms, null).stream()
                        .filter(x -> x.mention().equals(target)).findFirst().orElse(null);
                String gotCountry = got == null ? "NONE" : String.valueOf(got.candidate().country());
                String gotKind = got == null ? "none" : got.candidate().kind();
                total++;
                if (gotCountry.equals(f[2]) && gotKind.equals(f[3])) {
                    right++;
                } else {
                    wrong.add(f[1] + " -> " + gotCountry + "/" + gotKind + " (want " + f[2] + "/" + f[3] + ") in: "
                            + sentence + (got == null ? "" : " [" + got.reason() + "]"));
                }
            }
        }
        wrong.forEach(w -> System.out.println("WRONG " + w));
        double acc = right / (double) total;
        System.out.printf("ambiguous places: %d/%d right (%.1f%%)%n", right, total, 100 * acc);
        assertTrue(total >= 60, "at least 60 cases");
        assertTrue(acc >= 0.90, "accuracy " + acc);
    }
}
