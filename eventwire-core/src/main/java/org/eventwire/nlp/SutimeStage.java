package org.eventwire.nlp;

import org.eventwire.pipeline.ArticleContext;
import org.eventwire.pipeline.Stage;

/**
 * SUTime's time expressions, resolved against the reference date (see {@link TemporalSentences}).
 * Not in the default pipeline (eventwire's own {@code time.TimeTagger} is); kept for comparison:
 * {@code -Deventwire.time=sutime} (in EVENTWIRE_JAVA_OPTS) puts it back.
 */
public final class SutimeStage implements Stage {

    /** True when the setting chooses SUTime over eventwire's own tagger. */
    public static boolean selected() {
        return "sutime".equals(System.getProperty("eventwire.time"));
    }

    @Override
    public void apply(ArticleContext ctx) {
        TemporalSentences.annotate(ctx.document().annotation(), ctx.referenceDate());
    }

    @Override
    public String name() {
        return "sutime";
    }
}
