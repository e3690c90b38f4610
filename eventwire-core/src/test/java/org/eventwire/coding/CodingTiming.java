package org.eventwire.coding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eventwire.model.ArticleInput;
import org.eventwire.pipeline.ArticleAnalyzer;
import org.eventwire.pipeline.StageTimes;
import org.eventwire.pipeline.StandardPipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** Developer tool: time per stage over a JSON Lines file of articles ({"id","text","date"}). */
public final class CodingTiming {
    public static void main(String[] args) throws Exception {
        ObjectMapper om = new ObjectMapper();
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        StageTimes times = new StageTimes();
        ArticleAnalyzer a = StandardPipeline.analyzer(Clock.systemDefaultZone(), times);
        a.analyze(ArticleInput.ofText("warm", "Warm-up: France criticized Germany on Monday.", "2020-01-01"));
        StageTimes measured = new StageTimes();
        ArticleAnalyzer b = StandardPipeline.analyzer(Clock.systemDefaultZone(), measured);
        int events = 0;
        for (String l : lines) {
            JsonNode n = om.readTree(l);
            events += b.analyze(ArticleInput.ofText(n.get("id").asText(), n.get("text").asText(),
                    n.get("date").isNull() ? null : n.get("date").asText())).events().size();
        }
        System.out.println(lines.size() + " articles, " + events + " events, ms per stage: " + measured.millis());
    }
}
