package org.eventwire.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eventwire.model.AnalyzedArticle;
import org.eventwire.store.story.Rarity;
import org.eventwire.store.story.StoryFeatures;
import org.eventwire.store.story.StoryProfile;
import org.eventwire.store.story.StoryRule;

/**
 * Development tool, not a test: runs the story rule in memory over analysed articles (every
 * story a candidate, unlike the store's probe of 64) and prints "ext_id story" lines, to try thresholds in seconds.
 * Args: ANALYZED.jsonl [reverse].
 */
public final class StorySimMain {
    private StorySimMain() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        List<AnalyzedArticle> arts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (!line.isBlank()) {
                arts.add(json.readValue(line, AnalyzedArticle.class));
            }
        }
        if (args.length > 1 && args[1].equals("reverse")) {
            Collections.reverse(arts);
        }
        Map<String, Integer> df = new HashMap<>();
        Map<String, Integer> storyDf = new HashMap<>();
        long[] n = {0};
        Map<Long, StoryProfile> stories = new TreeMap<>();
        Map<String, Long> assign = new TreeMap<>();
        long next = 1;
        for (AnalyzedArticle a : arts) {
            Map<String, Integer> t = StoryFeatures.terms(a, a.text());
            LocalDate d = StoryFeatures.headDate(a);
            t.keySet().forEach(k -> df.merge(k, 1, Integer::sum));
            n[0]++;
            List<StoryRule.Match> m = StoryRule.matches(t, d, new ArrayList<>(stories.values()),
                    new Rarity(k -> df.getOrDefault(k, 0), n[0], k -> storyDf.getOrDefault(k, 0), stories.size()));
            long s;
            if (m.isEmpty()) {
                s = next++;
                stories.put(s, new StoryProfile(s, new TreeMap<>(), 0, null, null));
            } else {
                s = m.get(0).storyId();
            }
            Map<String, Integer> had = stories.get(s).terms();
            t.keySet().stream().filter(k -> !had.containsKey(k)).forEach(k -> storyDf.merge(k, 1, Integer::sum));
            stories.put(s, add(stories.get(s), t, d, d, 1));
            assign.put(a.id(), s);
        }
        assign.forEach((k, v) -> System.out.println(k + " " + v));
    }

    private static StoryProfile add(StoryProfile p, Map<String, Integer> t, LocalDate f, LocalDate l, int r) {
        Map<String, Integer> terms = new TreeMap<>(p.terms());
        t.forEach((k, v) -> terms.merge(k, v, Integer::sum));
        LocalDate first = p.first() == null ? f : f == null || p.first().isBefore(f) ? p.first() : f;
        LocalDate last = p.last() == null ? l : l == null || p.last().isAfter(l) ? p.last() : l;
        return new StoryProfile(p.id(), terms, p.reports() + r, first, last);
    }
}
