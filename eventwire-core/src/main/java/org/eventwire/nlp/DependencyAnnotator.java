package org.eventwire.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets the basic Universal Dependencies graph on every sentence, parsed by
 * {@link ArcStandardParser} with CoreNLP's English UD model. It takes the place of CoreNLP's
 * {@code depparse} annotator, which also derives four other graph kinds (collapsed,
 * CC-processed, enhanced, enhanced++) that eventwire never reads; that alone was 8% of the
 * analysis time. The graph is built exactly as {@code DependencyParser.predict} builds it.
 */
public final class DependencyAnnotator {
    private final ArcStandardParser parser;
    private final int maxLength;

    DependencyAnnotator(ParserModel model, int maxLength) {
        this.parser = new ArcStandardParser(model);
        this.maxLength = maxLength;
    }

    /** Parses every sentence of up to maxLength tokens; longer ones stay unparsed. */
    public void annotate(Annotation doc) {
        List<CoreMap> parsed = new ArrayList<>();
        List<List<CoreLabel>> tokens = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> t = s.get(CoreAnnotations.TokensAnnotation.class);
            if (!t.isEmpty() && t.size() <= maxLength) {
                parsed.add(s);
                tokens.add(t);
            }
        }
        List<ArcStandardParser.Tree> trees = parser.parseAll(tokens);
        for (int i = 0; i < parsed.size(); i++) {
            parsed.get(i).set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
                    graph(tokens.get(i), trees.get(i)));
        }
    }

    /** One sentence's graph (parsed alone). */
    SemanticGraph graph(List<CoreLabel> tokens) {
        return graph(tokens, parser.parse(tokens));
    }

    private static SemanticGraph graph(List<CoreLabel> tokens, ArcStandardParser.Tree tree) {
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        List<TypedDependency> deps = new ArrayList<>(tokens.size());
        for (int i = 1; i <= tokens.size(); i++) {
            int head = tree.heads()[i];
            IndexedWord dependent = new IndexedWord(tokens.get(i - 1));
            IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
            GrammaticalRelation rel = head == 0 ? GrammaticalRelation.ROOT : relation(tree.labels()[i]);
            deps.add(new TypedDependency(rel, governor, dependent));
        }
        GrammaticalStructure gs = new UniversalEnglishGrammaticalStructure(deps, new TreeGraphNode(root));
        return SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC,
                GrammaticalStructure.Extras.NONE, null);
    }

    private static GrammaticalRelation relation(String label) {
        GrammaticalRelation r = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
        return r != null ? r : new GrammaticalRelation(Language.UniversalEnglish, label, null,
                GrammaticalRelation.DEPENDENT);
    }
}
