package org.eventwire.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.RuntimeInterruptedException;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy arc-standard parsing with the transition system and the 48 features of CoreNLP's
 * {@code nndep} parser (three stack and three buffer words, the first and second leftmost
 * and rightmost children of the top two stack words and their grandchildren: words, tags
 * and labels), scored by {@link ParserModel}. Thread-safe: all state is per call.
 */
final class ArcStandardParser {
    private final ParserModel model;

    ArcStandardParser(ParserModel model) {
        this.model = model;
    }

    /** Heads (0 = root) and labels of one sentence's tokens, indexed from 1. */
    record Tree(int[] heads, String[] labels) {
    }

    Tree parse(List<CoreLabel> tokens) {
        return parseAll(List.of(tokens)).get(0);
    }

    /**
     * Parses the sentences in lockstep, one transition each per round, so that the output
     * layer's weights are read once per round rather than once per sentence. Each sentence's
     * arithmetic is the same as parsed alone.
     */
    List<Tree> parseAll(List<List<CoreLabel>> sentences) {
        int n = sentences.size();
        State[] states = new State[n];
        for (int s = 0; s < n; s++) {
            states[s] = new State(sentences.get(s), model);
        }
        int[] features = new int[model.numTokens];
        float[] scratch = new float[model.hiddenSize()];
        double[][] hidden = new double[n][model.hiddenSize()];
        double[][] scores = new double[n][model.transitions()];
        State[] active = new State[n];
        int nLabels = model.labels.length;
        while (true) {
            if (Thread.interrupted()) {       // the per-article time budget cancels by interrupt
                throw new RuntimeInterruptedException();
            }
            int m = 0;
            for (State c : states) {
                if (!c.terminal()) {
                    features(c, features);
                    model.hidden(features, hidden[m], scratch);
                    active[m++] = c;
                }
            }
            if (m == 0) {
                break;
            }
            model.scores(hidden, scores, m);
            for (int k = 0; k < m; k++) {
                State c = active[k];
                double[] sc = scores[k];
                int best = -1;
                double bestScore = Double.NEGATIVE_INFINITY;
                for (int t = 0; t < sc.length; t++) {
                    if (sc[t] > bestScore && canApply(c, t, nLabels)) {
                        bestScore = sc[t];
                        best = t;
                    }
                }
                if (best < 0) {               // only with NaN scores: shift, or attach to the root
                    best = c.next <= c.n ? 2 * nLabels : nLabels;
                }
                apply(c, best, nLabels);
            }
        }
        List<Tree> out = new ArrayList<>(n);
        for (State c : states) {
            String[] labels = new String[c.n + 1];
            for (int i = 1; i <= c.n; i++) {
                labels[i] = model.labels[c.label[i]];
            }
            out.add(new Tree(c.head, labels));
        }
        return out;
    }

    /** Transitions 0..L-1 are Left(label), L..2L-1 Right(label), 2L is Shift; label 0 is root. */
    private static boolean canApply(State c, int t, int nLabels) {
        if (t < 2 * nLabels) {
            int label = t < nLabels ? t : t - nLabels;
            int h = t < nLabels ? c.stack(0) : c.stack(1);
            if (h < 0 || (h == 0) != (label == 0)) {
                return false;
            }
            if (t < nLabels) {
                return c.stackSize > 2;
            }
            return c.stackSize > 2 || (c.stackSize == 2 && c.next > c.n);
        }
        return c.next <= c.n;
    }

    private static void apply(State c, int t, int nLabels) {
        int w1 = c.stack(1);
        int w2 = c.stack(0);
        if (t < nLabels) {
            c.arc(w2, w1, t);
            c.stack[c.stackSize - 2] = w2;
            c.stackSize--;
        } else if (t < 2 * nLabels) {
            c.arc(w1, w2, t - nLabels);
            c.stackSize--;
        } else {
            c.stack[c.stackSize++] = c.next++;
        }
    }

    private void features(State c, int[] f) {
        int[] wordIds = c.wordIds;
        int[] posIds = c.posIds;
        for (int j = 2; j >= 0; j--) {
            int k = c.stack(j);
            f[2 - j] = word(k, wordIds);
            f[18 + 2 - j] = pos(k, posIds);
        }
        for (int j = 0; j <= 2; j++) {
            int k = c.buffer(j);
            f[3 + j] = word(k, wordIds);
            f[18 + 3 + j] = pos(k, posIds);
        }
        for (int j = 0; j <= 1; j++) {
            int k = c.stack(j);
            int lc1 = c.leftChild(k, 1);
            int rc1 = c.rightChild(k, 1);
            int[] children = {lc1, rc1, c.leftChild(k, 2), c.rightChild(k, 2),
                    c.leftChild(lc1, 1), c.rightChild(rc1, 1)};
            for (int m = 0; m < 6; m++) {
                int x = children[m];
                f[6 + j * 6 + m] = word(x, wordIds);
                f[18 + 6 + j * 6 + m] = pos(x, posIds);
                f[36 + j * 6 + m] = x <= 0 ? model.nullLabel : model.labelIds[c.label[x]];
            }
        }
    }

    private int word(int k, int[] wordIds) {
        return k < 0 ? model.nullWord : wordIds[k];
    }

    private int pos(int k, int[] posIds) {
        return k < 0 ? model.nullPos : posIds[k];
    }

    /** The parser configuration: a stack, the buffer as the next unread token, the arcs so far. */
    private static final class State {
        final int n;
        final int[] stack;
        int stackSize;
        int next = 1;
        final int[] head;
        final int[] label;
        final int[] wordIds;
        final int[] posIds;

        State(List<CoreLabel> tokens, ParserModel model) {
            this.n = tokens.size();
            wordIds = new int[n + 1];
            posIds = new int[n + 1];
            for (int i = 0; i < n; i++) {
                wordIds[i + 1] = model.wordId(tokens.get(i).word());
                posIds[i + 1] = model.posId(tokens.get(i).tag());
            }
            wordIds[0] = model.rootWord;
            posIds[0] = model.rootPos;
            stack = new int[n + 1];
            stack[stackSize++] = 0;
            head = new int[n + 1];
            label = new int[n + 1];
            java.util.Arrays.fill(head, -1);
        }

        boolean terminal() {
            return stackSize == 1 && next > n;
        }

        int stack(int k) {
            return k < stackSize ? stack[stackSize - 1 - k] : -1;
        }

        int buffer(int k) {
            return next + k <= n ? next + k : -1;
        }

        void arc(int h, int d, int l) {
            head[d] = h;
            label[d] = l;
        }

        int leftChild(int k, int cnt) {
            if (k < 0 || k > n) {
                return -1;
            }
            int c = 0;
            for (int i = 1; i < k; i++) {
                if (head[i] == k && ++c == cnt) {
                    return i;
                }
            }
            return -1;
        }

        int rightChild(int k, int cnt) {
            if (k < 0 || k > n) {
                return -1;
            }
            int c = 0;
            for (int i = n; i > k; i--) {
                if (head[i] == k && ++c == cnt) {
                    return i;
                }
            }
            return -1;
        }
    }
}
