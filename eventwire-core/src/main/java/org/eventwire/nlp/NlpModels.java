package org.eventwire.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotator;

import java.util.Properties;

/**
 * The one per-JVM holder of the CoreNLP models. The pipeline is built on first use and shared
 * by all threads (its annotators are thread-safe; we use none of the stateful ones, such as
 * the quote annotator). Inside a Spark executor this gives one model copy per JVM.
 */
public final class NlpModels {
    private static final String OVERRIDE = "eventwire.corenlp.";
    private static volatile StanfordCoreNLP pipeline;

    private NlpModels() {
    }

    /** The annotators and settings eventwire runs, chosen by measurement (docs/ARCHITECTURE.md). */
    public static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        // a blank line ends a sentence: the headline and the dateline are not one sentence
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
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
        p.setProperty("depparse.maxlen", "150");
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

    private static volatile TimeAnnotator sutime;

    /** SUTime, loaded once per JVM; thread-safe like the pipeline. */
    public static TimeAnnotator sutime() {
        TimeAnnotator t = sutime;
        if (t == null) {
            synchronized (NlpModels.class) {
                t = sutime;
                if (t == null) {
                    Properties p = new Properties();
                    p.setProperty("sutime.includeRange", "true");
                    t = new TimeAnnotator("sutime", p);
                    sutime = t;
                }
            }
        }
        return t;
    }

    /** The shared pipeline, loaded once per JVM. */
    public static StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (NlpModels.class) {
                p = pipeline;
                if (p == null) {
                    p = new StanfordCoreNLP(properties());
                    pipeline = p;
                }
            }
        }
        return p;
    }
}
