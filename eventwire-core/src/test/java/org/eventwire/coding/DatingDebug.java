package org.eventwire.coding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eventwire.model.ArticleInput;
import org.eventwire.pipeline.ArticleContext;
import org.eventwire.pipeline.Stage;
import org.eventwire.pipeline.StandardPipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Developer tool: dates the head word of every gold event's evidence as the event coder would,
 * whatever the coder finds, and prints the disagreements with the gold dates. Arguments: gold
 * files. Shows the causes of date errors on all gold events, not only on the matched ones.
 */
public final class DatingDebug {
    public static void main(String[] args) throws Exception {
        List<Stage> stages = StandardPipeline.stages(Clock.systemDefaultZone());
        ObjectMapper json = new ObjectMapper();
        int[] req = new int[2];
        int[] all = new int[2];
        for (String a : args) {
            Path gold = Path.of(a);
            JsonNode g = json.readTree(gold.toFile());
            String text = Files.readString(gold.resolveSibling(g.get("text").asText()));
            String date = g.path("document_date").isNull() ? null : g.path("document_date").asText(null);
            ArticleContext ctx = new ArticleContext(ArticleInput.ofText(g.get("id").asText(), text, date), text);
            for (Stage s : stages) {
                if (!s.name().equals("events") && !s.name().equals("actors")) {
                    s.apply(ctx);
                }
            }
            List<Sent> sents = new ArrayList<>();
            for (int i = 0; i < ctx.document().sentences().size(); i++) {
                sents.add(Sent.of(i, ctx.document().sentences().get(i)));
            }
            EventTiming timing = new EventTiming(ctx);
            int dl = ctx.dateline() != null && ctx.dateline().evidence() != null ? ctx.dateline().evidence().end() : 0;
            System.out.println("== " + g.get("id").asText() + " ref " + ctx.referenceDate());
            if (Boolean.getBoolean("times")) {
                ctx.times().forEach(t -> System.out.println("   T " + t.text() + " = " + t.value() + " @" + t.start()));
            }
            for (Sent s : sents) {
                timing.see(s, ctx.times(), dl);
                if (Boolean.getBoolean("times")) {
                    System.out.println("   S" + s.index + " " + timing.state() + " " + s.word[0] + " " + (s.size() > 1 ? s.word[1] : ""));
                }
                for (JsonNode e : g.get("events")) {
                    String ev = e.path("evidence").asText("");
                    int at = ev.isEmpty() ? -1 : text.indexOf(ev);
                    if (at < s.begin[0] || at >= s.end[s.size() - 1]) {
                        continue;
                    }
                    int v = headOf(s, at, at + ev.length());
                    EventTiming.Dating d = timing.dating(s, v, ctx.times());
                    String want = e.path("date").isNull() ? null : e.path("date").asText();
                    boolean ok = java.util.Objects.equals(want, d.background() ? "BACKGROUND" : d.date());
                    boolean optional = e.path("optional").asBoolean(false);
                    (optional ? all : req)[ok ? 0 : 1]++;
                    if (!ok) {
                        System.out.println((optional ? "  opt " : "  REQ ") + want + " got " + d.date()
                                + (d.background() ? " BG" : "") + " [" + d.why() + "] verb=" + s.word[v]
                                + " | " + ev.substring(0, Math.min(90, ev.length())));
                        System.out.println("        S: " + text.substring(s.begin[0], s.end[s.size() - 1])
                                .replace('\n', ' '));
                    }
                }
            }
        }
        System.out.printf("required: %d right, %d wrong (%.3f); optional: %d right, %d wrong%n", req[0], req[1],
                req[0] / (double) Math.max(1, req[0] + req[1]), all[0], all[1]);
    }

    /** The evidence's head: its verb highest in the tree, else its highest token. */
    static int headOf(Sent s, int from, int to) {
        int best = -1;
        int bestDepth = Integer.MAX_VALUE;
        boolean bestVerb = false;
        for (int i = 0; i < s.size(); i++) {
            if (s.begin[i] < from || s.end[i] > to) {
                continue;
            }
            int depth = 0;
            for (int x = i; s.head[x] >= 0 && depth <= s.size(); x = s.head[x]) {
                depth++;
            }
            boolean verb = s.isVerb(i);
            if (best < 0 || verb && !bestVerb || verb == bestVerb && depth < bestDepth) {
                best = i;
                bestDepth = depth;
                bestVerb = verb;
            }
        }
        return best < 0 ? 0 : best;
    }
}
