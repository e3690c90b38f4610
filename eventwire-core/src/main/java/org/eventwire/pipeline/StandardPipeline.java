package org.eventwire.pipeline;

import org.eventwire.coding.ActorCoder;
import org.eventwire.coding.CodingOptions;
import org.eventwire.coding.EventCoder;
import org.eventwire.coding.dict.Dictionaries;
import org.eventwire.dateline.DatelineParser;
import org.eventwire.entity.EntityExtractor;
import org.eventwire.geo.PlaceStage;
import org.eventwire.quote.QuoteAttributor;
import org.eventwire.nlp.DependencyParseStage;
import org.eventwire.nlp.NlpAnnotator;
import org.eventwire.nlp.RecaseStage;
import org.eventwire.nlp.SutimeStage;
import org.eventwire.time.TimeExtractor;

import java.time.Clock;
import java.util.List;

/** The stages of eventwire's analysis, in order; the one place they are composed. */
public final class StandardPipeline {
    private StandardPipeline() {
    }

    public static List<Stage> stages(Clock clock) {
        return stages(clock, Dictionaries.builtIn());
    }

    /** The stages with the given coding dictionaries (see CodingOptions.load()). */
    public static List<Stage> stages(Clock clock, Dictionaries coding) {
        return stages(clock, coding, SutimeStage.selected());
    }

    /** The stages, with SUTime (for comparison) or eventwire's own temporal tagger (the default). */
    public static List<Stage> stages(Clock clock, Dictionaries coding, boolean sutime) {
        List<Stage> stages = new java.util.ArrayList<>(List.of(
                new RecaseStage(),
                new DatelineParser(clock),
                new NlpAnnotator(),
                new DependencyParseStage()));
        if (sutime) {
            stages.add(new SutimeStage());   // -Deventwire.time=sutime: SUTime instead of our tagger, for comparison
        }
        stages.addAll(List.of(
                new TimeExtractor(sutime),
                new EntityExtractor(),
                new QuoteAttributor(),
                new PlaceStage(),
                new ActorCoder(coding),
                new EventCoder(coding)));
        return List.copyOf(stages);
    }

    public static ArticleAnalyzer analyzer(Clock clock, StageTimes times) {
        return new ArticleAnalyzer(stages(clock), times);
    }

    public static ArticleAnalyzer analyzer(Clock clock, StageTimes times, CodingOptions coding)
            throws java.io.IOException {
        return new ArticleAnalyzer(stages(clock, coding.load()), times);
    }
}
