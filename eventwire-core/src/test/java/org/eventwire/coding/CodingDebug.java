package org.eventwire.coding;

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

/** No article context: pronouns and roles stay open. */
final class NoContext implements SentenceCoder.Context {
    public FoundActor pronoun(Sent s, int t) { return null; }
    public String countryFor(Sent s, FoundActor a) { return null; }
    public FoundActor fallbackTarget(Sent s, int verb) { return null; }
    public FoundActor named(Sent s, int head, java.util.Set<Integer> exclude) { return null; }
}

/** Developer tool: codes the sentences given on stdin (one per line) and prints parse, hits and events. */
public final class CodingDebug {
    public static void main(String[] args) throws Exception {
        Dictionaries d = args.length > 0 ? (args.length > 1 ? Dictionaries.load(java.nio.file.Path.of(args[0]))
                : Dictionaries.builtIn().plus(Dictionaries.load(java.nio.file.Path.of(args[0])))) : Dictionaries.builtIn();
        List<Stage> stages = StandardPipeline.stages(Clock.systemDefaultZone(), d);
        BufferedReader r = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            ArticleContext ctx = new ArticleContext(ArticleInput.ofText("x", line, "2000-01-01"), line);
            for (Stage s : stages) {
                s.apply(ctx);
            }
            Sent s = Sent.of(0, ctx.document().sentences().get(0));
            ActorFinder.Hits h = new ActorFinder(d, 20000101).hits(s);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < s.size(); i++) {
                b.append(i).append(':').append(s.word[i]).append('/').append(s.pos[i]).append("<-").append(s.head[i])
                        .append(':').append(s.rel[i]).append(h.actor[i] != null ? "[A]" : h.agent[i] != null ? "[a]" : "")
                        .append("  ");
            }
            System.out.println(line);
            System.out.println("  " + b);
            for (VerbMatcher.Match m : new VerbMatcher(d).all(s)) {
                System.out.println("  VERB " + s.word[m.start()] + " " + m.entry().block() + " " + m.code()
                        + (m.pattern() == null ? "" : " by " + m.pattern().text()));
            }
            for (CodedEvent ce : new SentenceCoder(d, 20000101).code(s, new NoContext())) {
                System.out.println("  RAW " + ce.source() + " " + ce.code() + " " + ce.target());
            }
            for (Event e : ctx.events()) {
                System.out.println("  EVENT " + e.source().code() + " " + e.cameo() + " " + (e.target() == null ? null : e.target().code())
                        + " " + e.modality().stream().map(m -> m.flag()).toList() + " | " + e.evidence().text());
            }
        }
    }
}
