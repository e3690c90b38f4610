package org.eventwire.time;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import org.eventwire.model.TimeExpression;
import org.eventwire.pipeline.ArticleContext;
import org.eventwire.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the time expressions SUTime normalised (relative to the reference date the NLP stage
 * set) as TIMEX3 values with their spans, with the values news means where the article date alone
 * misleads (weekdays by tense, days counted from the story's last day: {@link NarrativeTimes}).
 */
public final class TimeExtractor implements Stage {

    @Override
    public void apply(ArticleContext ctx) {
        List<TimeExpression> out = new ArrayList<>();
        for (CoreSentence s : ctx.document().sentences()) {
            List<CoreMap> timexes = s.coreMap().get(TimeAnnotations.TimexAnnotations.class);
            if (timexes == null) {
                continue;
            }
            for (CoreMap m : timexes) {
                Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
                Integer start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                Integer end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                if (t == null || start == null || end == null || t.value() == null && t.altVal() == null) {
                    continue;
                }
                String value = t.value() != null ? t.value() : t.altVal();
                String mod = t.toXmlElement().getAttribute("mod");
                out.add(new TimeExpression(ctx.text().substring(start, end), start, end, value,
                        t.timexType(), mod == null || mod.isEmpty() ? null : mod));
            }
        }
        ctx.setTimes(NarrativeTimes.resolve(out, ctx.sentences(), ctx.text(), ctx.referenceDate()));
    }

    @Override
    public String name() {
        return "times";
    }
}
