package org.eventwire.nlp;

import org.eventwire.pipeline.Lazy;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotator;

import java.util.Properties;

/**
 * The one per-JVM holder of the NLP models: CoreNLP's annotators, SUTime and the dependency
 * parser, each built on first use and shared by all threads (all are thread-safe; we use none
 * of CoreNLP's stateful annotators, such as the quote annotator). Inside a Spark executor this
 * gives one model copy per JVM.
 */
public final class NlpModels {
    private static final String OVERRIDE = "eventwire.corenlp.";
    private static final Lazy<StanfordCoreNLP> PIPELINE = new Lazy<>(() -> new StanfordCoreNLP(properties()));
    private static final Lazy<TimeAnnotator> SUTIME = new Lazy<>(NlpModels::loadSutime);

    private NlpModels() {
    }

    /** The annotators and settings eventwire runs, chosen by measurement (docs/ARCHITECTURE.md). */
    public static Properties properties() {
        Properties p = new Properties();
        // the dependency parse runs apart (DependencyAnnotator): CoreNLP's model, our inference
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        // a blank line ends a sentence: the headline and the dateline are not one sentence
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // LineBreaks (single line breaks end a sentence outside prose: URL lines, headlines) is
        // registered but off: on by -Deventwire.corenlp.annotators=tokenize,ssplit,linebreaks,pos,lemma,ner.
        // Its names are better, but the story rule then joins two games of one team (ECB+
        // stories F1 0.854 to 0.847, docs/STORE.md); it goes on once the story rule holds.
        p.setProperty("customAnnotatorClass.linebreaks", LineBreaks.class.getName());
        // the 3-class CRF alone: the 7- and 4-class models cost twice the time and the
        // fine-grained gazetteer mislabels places; countries, titles and places are ours
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        // SUTime runs apart, only on sentences with a temporal word (TemporalSentences): it is a
        // third of the NER time and most sentences have no time expression
        p.setProperty("ner.useSUTime", "false");
        // pathological sentences (tables, lists) are not parsed rather than stalling a thread
        p.setProperty("pos.maxlen", "200");
        p.setProperty("ner.maxlen", "200");
        p.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
        // -Deventwire.corenlp.X=V overrides CoreNLP property X, for measuring other settings
        for (String k : System.getProperties().stringPropertyNames()) {
            if (k.startsWith(OVERRIDE)) {
                p.setProperty(k.substring(OVERRIDE.length()), System.getProperty(k));
            }
        }
        return p;
    }

    /** Longer sentences (tables, lists run together) are left unparsed rather than stall a thread. */
    static final int MAX_PARSE_LENGTH = 150;
    /** Inputs of the parser's first layer kept multiplied out; more cost memory, fewer cost time. */
    private static final int PRECOMPUTED = Integer.getInteger("eventwire.parser.precomputed", 20000);
    private static final Lazy<DependencyAnnotator> PARSER = new Lazy<>(() -> new DependencyAnnotator(
            ParserModel.load(ParserModel.DEFAULT_MODEL, PRECOMPUTED), MAX_PARSE_LENGTH));

    /** Loaded only when a caseless text comes (its model is 104 MB): normal text never pays for it. */
    private static final Lazy<Truecaser> TRUECASER = new Lazy<>(Truecaser::new);

    /** The truecaser for text that lost its case, loaded on first use once per JVM; thread-safe. */
    public static Truecaser truecaser() {
        return TRUECASER.get();
    }

    /** The dependency parser (CoreNLP's English UD model), loaded once per JVM; thread-safe. */
    public static DependencyAnnotator parser() {
        return PARSER.get();
    }

    /**
     * Tokens, sentences, tags, lemmas, NER and the basic dependencies (SUTime is apart, see
     * {@link TemporalSentences}). With depparse put back into the annotators by an override,
     * CoreNLP's own parser runs instead of ours, for comparison.
     */
    public static void annotate(edu.stanford.nlp.pipeline.Annotation ann) {
        pipeline().annotate(ann);
        if (!coreNlpParses()) {
            parser().annotate(ann);
        }
    }

    /** True when an override put CoreNLP's own depparse back into the annotators. */
    static boolean coreNlpParses() {
        return pipeline().getProperties().getProperty("annotators", "").contains("depparse");
    }

    /** Loads every model now rather than on first use (for timing, and before threads start). */
    public static void loadAll() {
        org.eventwire.pipeline.LanguageId.load();
        pipeline();
        if (SutimeStage.selected()) {
            sutime();
        }
        parser();
    }

    /** SUTime, loaded once per JVM; thread-safe like the pipeline. */
    public static TimeAnnotator sutime() {
        return SUTIME.get();
    }

    /** The shared pipeline, loaded once per JVM. */
    public static StanfordCoreNLP pipeline() {
        return PIPELINE.get();
    }

    private static TimeAnnotator loadSutime() {
        Properties p = new Properties();
        p.setProperty("sutime.includeRange", "true");
        return new TimeAnnotator("sutime", p);
    }
}
