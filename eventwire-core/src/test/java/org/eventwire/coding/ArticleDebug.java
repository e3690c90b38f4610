package org.eventwire.coding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eventwire.coding.dict.Dictionaries;
import org.eventwire.model.ArticleInput;
import org.eventwire.model.Event;
import org.eventwire.pipeline.ArticleContext;
import org.eventwire.pipeline.Stage;
import org.eventwire.pipeline.StandardPipeline;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.time.Clock;
import java.util.List;

/**
 * Developer tool: analyses the articles of a JSON Lines input on stdin ({id, text, date}) and
 * prints each one's events (rule, sides, code, place) and the dictionary verbs of each sentence
 * that coded nothing, to find what the coder misses.
 */
public final class ArticleDebug {
    public static void main(String[] args) throws Exception {
        Dictionaries d = Dictionaries.builtIn();
        List<Stage> stages = StandardPipeline.stages(Clock.systemDefaultZone(), d);
        ObjectMapper json = new ObjectMapper();
        BufferedReader r = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode o = json.readTree(line);
            String text = o.get("text").asText();
            String date = o.hasNonNull("date") ? o.get("date").asText() : null;
            ArticleContext ctx = new ArticleContext(ArticleInput.ofText(o.get("id").asText(), text, date), text);
            for (Stage s : stages) {
                s.apply(ctx);
            }
            System.out.println("=== " + o.get("id").asText());
            java.util.Set<Integer> coded = new java.util.HashSet<>();
            for (Event e : ctx.events()) {
                coded.add(e.evidence().start());
                System.out.println("  EVENT " + (e.background() ? "bg " : "") + e.coder().rule() + " " + e.source().code()
                        + "(" + e.source().name() + ") " + e.cameo() + " " + (e.target() == null ? null
                        : e.target().code() + "(" + e.target().name() + ")") + " @" + (e.location() == null ? null
                        : e.location().name() + "/" + e.location().country()) + " " + e.date() + " | " + e.evidence().text());
            }
            VerbMatcher vm = new VerbMatcher(d);
            for (int i = 0; i < ctx.document().sentences().size(); i++) {
                Sent s = Sent.of(i, ctx.document().sentences().get(i));
                for (VerbMatcher.Match m : vm.all(s)) {
                    int b = s.begin[m.start()];
                    boolean hit = ctx.events().stream().anyMatch(e -> e.evidence().start() <= b && b < e.evidence().end());
                    if (!hit && m.code() != null && !m.code().equals("---")) {
                        System.out.println("  MISS " + s.word[m.start()] + " " + m.entry().block() + " " + m.code()
                                + " | " + text.substring(s.begin[0], s.end[s.size() - 1]).replace('\n', ' '));
                    }
                }
            }
        }
    }
}
