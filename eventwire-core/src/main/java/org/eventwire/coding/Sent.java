package org.eventwire.coding;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One parsed sentence as plain arrays: words, lemmas, POS tags, character offsets and the
 * dependency tree (head index and relation per token, 0-based, -1 for the root). The coder
 * works on this view only, so it can be built from CoreNLP or by hand in tests.
 */
public final class Sent {
    public final String[] word;
    public final String[] upper;
    public final String[] lemma;
    public final String[] pos;
    public final int[] begin;
    public final int[] end;
    public final int[] head;
    public final String[] rel;
    /** CoreNLP NER tag per token ("PERSON", "O", ...). */
    public final String[] ner;
    private final List<List<Integer>> children = new ArrayList<>();
    /** Index of this sentence in its document. */
    public final int index;

    public Sent(int index, String[] word, String[] lemma, String[] pos, int[] begin, int[] end,
                int[] head, String[] rel, String[] ner) {
        this.index = index;
        this.ner = ner;
        this.word = word;
        this.lemma = lemma;
        this.pos = pos;
        this.begin = begin;
        this.end = end;
        this.head = head;
        this.rel = rel;
        this.upper = new String[word.length];
        for (int i = 0; i < word.length; i++) {
            upper[i] = normal(word[i]);
            children.add(new ArrayList<>());
        }
        for (int i = 0; i < word.length; i++) {
            if (head[i] >= 0) {
                children.get(head[i]).add(i);
            }
        }
    }

    /** Upper case with typographic apostrophes made plain, as dictionary entries are written. */
    public static String normal(String w) {
        return w.replace('\u2019', '\'').replace('\u2018', '\'').toUpperCase(Locale.ROOT);
    }

    public static Sent of(int index, CoreSentence s) {
        List<CoreLabel> toks = s.tokens();
        int n = toks.size();
        String[] w = new String[n];
        String[] l = new String[n];
        String[] p = new String[n];
        int[] b = new int[n];
        int[] e = new int[n];
        int[] h = new int[n];
        String[] r = new String[n];
        String[] ner = new String[n];
        for (int i = 0; i < n; i++) {
            CoreLabel t = toks.get(i);
            w[i] = t.word();
            l[i] = t.lemma() == null ? t.word().toLowerCase(Locale.ROOT) : t.lemma().toLowerCase(Locale.ROOT);
            p[i] = t.tag() == null ? "" : t.tag();
            b[i] = t.beginPosition();
            e[i] = t.endPosition();
            h[i] = -1;
            r[i] = "root";
            ner[i] = t.ner() == null ? "O" : t.ner();
        }
        // the basic tree: every token has one head (the enhanced graphs have cycles and extra heads)
        SemanticGraph g = s.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (g != null) {
            for (SemanticGraphEdge edge : g.edgeIterable()) {
                int d = edge.getDependent().index() - 1;
                if (d >= 0 && d < n) {
                    h[d] = edge.getGovernor().index() - 1;
                    r[d] = edge.getRelation().toString();
                }
            }
        }
        return new Sent(index, w, l, p, b, e, h, r, ner);
    }

    public int size() {
        return word.length;
    }

    public List<Integer> children(int i) {
        return children.get(i);
    }

    /** The first child of i whose relation starts with one of the prefixes, or -1. */
    public int child(int i, String... rels) {
        for (int c : children.get(i)) {
            for (String r : rels) {
                if (rel[c].equals(r) || rel[c].startsWith(r + ":")) {
                    return c;
                }
            }
        }
        return -1;
    }

    public List<Integer> childrenWith(int i, String... rels) {
        List<Integer> out = new ArrayList<>();
        for (int c : children.get(i)) {
            for (String r : rels) {
                if (rel[c].equals(r) || rel[c].startsWith(r + ":")) {
                    out.add(c);
                    break;
                }
            }
        }
        return out;
    }

    public boolean isVerb(int i) {
        return pos[i].startsWith("VB");
    }

    public boolean isNoun(int i) {
        return pos[i].startsWith("NN") || pos[i].startsWith("PRP") || pos[i].equals("CD");
    }

    /** The preposition (case marker) of a nominal dependent, lower case, or "". */
    public String caseOf(int i) {
        int c = child(i, "case");
        if (c < 0) {
            return "";
        }
        int f = child(c, "fixed");
        return f < 0 ? lemma[c] : lemma[c] + " " + lemma[f];
    }

    /** The text between the first and the last token of the range, inclusive. */
    public String text(String doc, int from, int to) {
        return doc.substring(begin[from], end[to]);
    }

    /** True when a is b or one of b's descendants. */
    public boolean dominates(int b, int a) {
        for (int x = a, guard = 0; x >= 0 && guard <= head.length; x = head[x], guard++) {
            if (x == b) {
                return true;
            }
        }
        return false;
    }
}
