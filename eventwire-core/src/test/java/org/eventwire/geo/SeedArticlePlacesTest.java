package org.eventwire.geo;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eventwire.model.Place;
import org.junit.jupiter.api.Test;

/**
 * The seed article end to end inside this package: our own spotter finds the mentions (no
 * NER, no gold names), the resolver resolves them, and the result is scored against the gold
 * places the way score.py does (name or alias and country; cities within 50 km).
 */
class SeedArticlePlacesTest {
    @Test
    void seedArticlePlacesMatchGold() throws Exception {
        String shared = System.getProperty("eventwire.shared");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "eval/seed")), "no shared data");
        Path goldFile = Path.of(shared, "eval/seed/niger-2023-07-27.gold.json");
        JsonNode gold = new ObjectMapper().readTree(goldFile.toFile());
        String text = Files.readString(goldFile.resolveSibling(gold.get("text").asText()));

        List<PlaceMention> mentions = new PlaceSpotter().spot(text);
        List<Place> places = new PlaceResolver().resolve(text, mentions, "USA");
        for (Place p : places) {
            System.out.printf("seed place: %-14s %s %8.3f %8.3f %-8s conf=%.2f approx=%s mentions=%d reason=%s%n",
                    p.name(), p.country(), p.lat(), p.lon(), p.feature(), p.confidence(), p.approximate(),
                    p.mentions().size(), p.reason());
        }
        int tp = 0;
        int required = 0;
        int located = 0;
        int cities = 0;
        Set<Place> matched = new HashSet<>();
        for (JsonNode g : gold.get("places")) {
            boolean optional = g.path("optional").asBoolean(false);
            required += optional ? 0 : 1;
            Set<String> names = new HashSet<>();
            names.add(g.get("name").asText().toLowerCase(Locale.ROOT));
            g.path("aliases").forEach(a -> names.add(a.asText().toLowerCase(Locale.ROOT)));
            String country = g.get("country").isNull() ? null : g.get("country").asText();
            Place hit = places.stream().filter(p -> names.contains(p.name().toLowerCase(Locale.ROOT))
                    && java.util.Objects.equals(country, p.country())).findFirst().orElse(null);
            if (hit != null) {
                matched.add(hit);
                tp += optional ? 0 : 1;
                if ("city".equals(g.path("feature").asText())) {
                    cities++;
                    double km = GeoText.km(hit.lat(), hit.lon(), g.get("lat").asDouble(), g.get("lon").asDouble());
                    located += km <= 50 ? 1 : 0;
                }
            }
        }
        long falsePositives = places.stream().filter(p -> !matched.contains(p)).count();
        double precision = tp / (double) (tp + falsePositives);
        double recall = tp / (double) required;
        double f1 = 2 * precision * recall / (precision + recall);
        System.out.printf("seed places: P=%.3f R=%.3f F1=%.3f cities within 50 km %d/%d%n", precision, recall, f1, located, cities);
        assertTrue(f1 >= 0.90, "places F1 " + f1);
        assertTrue(cities == 2 && located == cities, "cities located " + located + "/" + cities);
    }
}
