package org.eventwire.time;

import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import org.eventwire.model.TimeExpression;
import org.eventwire.pipeline.ArticleContext;
import org.eventwire.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Collects the time expressions SUTime normalised during NER (relative to the reference date
 * the NLP stage set) as TIMEX3 values with their spans.
 */
public final class TimeExtractor implements Stage {
    private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");

    @Override
    public void apply(ArticleContext ctx) {
        List<TimeExpression> out = new ArrayList<>();
        for (CoreEntityMention m : ctx.document().entityMentions()) {
            if (!TIME_TAGS.contains(m.entityType())) {
                continue;
            }
            Timex t = m.coreMap().get(TimeAnnotations.TimexAnnotation.class);
            if (t == null || t.value() == null && t.altVal() == null) {
                continue;
            }
            int start = m.charOffsets().first();
            int end = m.charOffsets().second();
            String value = t.value() != null ? t.value() : t.altVal();
            String mod = t.toXmlElement().getAttribute("mod");
            out.add(new TimeExpression(ctx.text().substring(start, end), start, end, value,
                    t.timexType(), mod == null || mod.isEmpty() ? null : mod));
        }
        ctx.setTimes(out);
    }

    @Override
    public String name() {
        return "times";
    }
}
