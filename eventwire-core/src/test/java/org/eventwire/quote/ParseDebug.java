package org.eventwire.quote;

import org.eventwire.model.ArticleInput;
import org.eventwire.nlp.ParsedSentence;
import org.eventwire.pipeline.ArticleContext;
import org.eventwire.pipeline.Stage;
import org.eventwire.pipeline.StandardPipeline;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** Developer tool: prints each sentence's parse (index word tag ner head relation) for the text on stdin. */
public final class ParseDebug {
    public static void main(String[] args) throws Exception {
        String text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        ArticleContext ctx = new ArticleContext(ArticleInput.ofText("x", text, "2019-01-01"), text);
        for (Stage s : StandardPipeline.stages(Clock.systemDefaultZone())) {
            s.apply(ctx);
        }
        for (ParsedSentence s : ctx.sentences()) {
            System.out.println("## sentence " + s.index());
            for (int i = 0; i < s.size(); i++) {
                System.out.printf("%3d %-18s %-5s %-12s %3d %s%n", i, s.word(i), s.tag(i), s.ner(i), s.head(i), s.relation(i));
            }
        }
    }
}
