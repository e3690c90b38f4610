package org.eventwire.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence's tokens and dependency tree, addressed by 0-based token index, so that stages
 * can walk the parse without CoreNLP's 1-based IndexedWord bookkeeping.
 */
public final class ParsedSentence {
    private final int index;
    private final List<CoreLabel> tokens;
    private final SemanticGraph graph;
    private final int[] head;
    private final String[] relation;

    public ParsedSentence(int index, CoreSentence s) {
        this.index = index;
        this.tokens = s.tokens();
        // the basic dependencies are a tree (the enhanced graph can give a word two governors)
        SemanticGraph basic = s.coreMap().get(
                edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        this.graph = basic != null ? basic : s.dependencyParse();
        int n = tokens.size();
        head = new int[n];
        relation = new String[n];
        for (int i = 0; i < n; i++) {
            head[i] = -1;
            relation[i] = "root";
        }
        if (graph != null) {
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                int d = e.getDependent().index() - 1;
                if (d >= 0 && d < n && !e.isExtra() && head[d] < 0) {
                    head[d] = e.getGovernor().index() - 1;
                    relation[d] = e.getRelation().toString();
                }
            }
        }
    }

    /** Walks from token i to the root; the walk is bounded so a malformed tree cannot loop. */
    public int[] ancestors(int i) {
        int[] out = new int[head.length];
        int n = 0;
        for (int v = head[i]; v >= 0 && n < head.length; v = head[v]) {
            out[n++] = v;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    public static List<ParsedSentence> of(List<CoreSentence> sentences) {
        List<ParsedSentence> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            out.add(new ParsedSentence(i, sentences.get(i)));
        }
        return out;
    }

    public int index() { return index; }

    public int size() { return tokens.size(); }

    public CoreLabel token(int i) { return tokens.get(i); }

    public String word(int i) { return tokens.get(i).word(); }

    public String lemma(int i) {
        String l = tokens.get(i).lemma();
        return l == null ? tokens.get(i).word().toLowerCase() : l.toLowerCase();
    }

    public String tag(int i) { return tokens.get(i).tag(); }

    public String ner(int i) { return tokens.get(i).ner(); }

    public int begin(int i) { return tokens.get(i).beginPosition(); }

    public int end(int i) { return tokens.get(i).endPosition(); }

    public int begin() { return tokens.isEmpty() ? 0 : begin(0); }

    public int end() { return tokens.isEmpty() ? 0 : end(tokens.size() - 1); }

    /** Token index of the governor, or -1 for the root and unparsed tokens. */
    public int head(int i) { return head[i]; }

    /** Dependency relation to the governor ("nsubj", "obl:in", "root"). */
    public String relation(int i) { return relation[i]; }

    public boolean parsed() { return graph != null && graph.size() > 0; }

    /** Dependents of token i, in text order. */
    public List<Integer> children(int i) {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < head.length; j++) {
            if (head[j] == i) {
                out.add(j);
            }
        }
        return out;
    }

    /** The first dependent of i whose relation starts with the prefix, or -1. */
    public int child(int i, String relationPrefix) {
        for (int j = 0; j < head.length; j++) {
            if (head[j] == i && relation[j].startsWith(relationPrefix)) {
                return j;
            }
        }
        return -1;
    }

    /** Token index at a character offset, or -1. */
    public int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (begin(i) <= offset && offset < end(i)) {
                return i;
            }
        }
        return -1;
    }

    /** Leftmost and rightmost token of the subtree of i. */
    public int[] subtree(int i) {
        int lo = i;
        int hi = i;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int j = 0; j < head.length; j++) {
                if ((j < lo || j > hi) && dominatedBy(j, i)) {
                    lo = Math.min(lo, j);
                    hi = Math.max(hi, j);
                    changed = true;
                }
            }
        }
        return new int[]{lo, hi};
    }

    /** True when token j is i or lies under i in the tree. */
    public boolean dominatedBy(int j, int i) {
        int k = j;
        for (int steps = 0; k >= 0 && steps < head.length + 1; steps++) {
            if (k == i) {
                return true;
            }
            k = head[k];
        }
        return false;
    }

    /** The word at i as an IndexedWord, for code that needs CoreNLP's graph. */
    public IndexedWord node(int i) {
        return graph == null ? null : graph.getNodeByIndexSafe(i + 1);
    }
}
