package org.eventwire.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The weights of CoreNLP's neural dependency parser (Chen and Manning 2014), read from the
 * text model file in the CoreNLP models jar, with a forward pass laid out for speed.
 *
 * <p>Why not CoreNLP's own classifier: it keeps the hidden-layer vectors of rare inputs in
 * one LRU cache behind a lock shared by all threads, and multiplies column slices of W1 in
 * a loop the JIT cannot vectorise; on news text that was 85% of the parse time. Here W1
 * and W2 are stored transposed, so that every inner loop runs over contiguous memory without
 * a reduction chain, and nothing is mutable after loading. The model, the features and the
 * transition system are CoreNLP's; {@code ParserEquivalenceTest} compares the parses.
 */
final class ParserModel {
    static final String DEFAULT_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    static final String UNKNOWN = "-UNKNOWN-";
    static final String NULL = "-NULL-";
    static final String ROOT = "-ROOT-";

    private final Map<String, Integer> ids = new HashMap<>();
    final String[] labels;          // transition labels: the model's labels without -NULL-
    final int numTokens;            // feature positions (48)
    private final int embeddingSize;
    private final int hidden;
    private final int transitions;
    private final int unknownWord;
    private final int unknownPos;
    final int nullWord;
    final int rootWord;
    final int nullPos;
    final int rootPos;
    final int nullLabel;
    final int[] labelIds;           // feature id of each transition label
    private final float[][] embeddings;
    // Rows, not one flat array: the JIT vectorises h[i] += x * row[i] only when both sides share
    // the index (Java 17 cannot rule out that two double[] alias), and only without float to
    // double conversion in the loop; a flat float layout ran at a fifth of the speed.
    private final float[][] w1t;      // [position * embeddingSize + k][hidden]
    private final double[] b1;
    private final double[][] w2t;     // [hidden][transition]
    private final int[] precomputedRow; // feature id * numTokens + position -> row, or -1
    private final double[][] precomputed; // [row][hidden]: W1 slice times embedding

    private ParserModel(BufferedReader in, int numPreComputed) throws IOException {
        String s = in.readLine();
        if (s.startsWith("language=")) {
            in.readLine();           // tlp=
            s = in.readLine();
        }
        int nDict = header(s);
        int nPos = header(in.readLine());
        int nLabel = header(in.readLine());
        embeddingSize = header(in.readLine());
        hidden = header(in.readLine());
        numTokens = header(in.readLine());
        int nPre = header(in.readLine());

        embeddings = new float[nDict + nPos + nLabel][];
        List<String> labelNames = new ArrayList<>();
        for (int i = 0; i < embeddings.length; i++) {
            String line = in.readLine();
            int sp = line.indexOf(' ');
            String name = line.substring(0, sp);
            if (i < nDict) {
                ids.put("w:" + name, i);
            } else if (i < nDict + nPos) {
                ids.put("p:" + name, i);
            } else {
                ids.put("l:" + name, i);
                labelNames.add(name);
            }
            embeddings[i] = floats(line, sp + 1, embeddingSize);
        }
        int inputs = embeddingSize * numTokens;
        w1t = new float[inputs][];
        for (int j = 0; j < inputs; j++) {
            w1t[j] = floats(in.readLine(), 0, hidden);   // the file stores W1 column by column
        }
        b1 = doubles(floats(in.readLine(), 0, hidden));
        transitions = nLabel * 2 - 1;
        w2t = new double[hidden][];
        for (int h = 0; h < hidden; h++) {
            w2t[h] = doubles(floats(in.readLine(), 0, transitions));
        }
        List<Integer> pre = new ArrayList<>();
        while (pre.size() < nPre) {
            for (String x : in.readLine().split(" ")) {
                pre.add(Integer.parseInt(x));
            }
        }

        // CoreNLP removes -NULL- (the first label) before building the transitions
        labels = labelNames.subList(1, labelNames.size()).toArray(new String[0]);
        labelIds = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            labelIds[i] = ids.get("l:" + labels[i]);
        }
        unknownWord = ids.get("w:" + UNKNOWN);
        unknownPos = ids.get("p:" + UNKNOWN);
        nullWord = ids.get("w:" + NULL);
        rootWord = ids.get("w:" + ROOT);
        nullPos = ids.get("p:" + NULL);
        rootPos = ids.get("p:" + ROOT);
        nullLabel = ids.get("l:" + NULL);

        precomputedRow = new int[embeddings.length * numTokens];
        Arrays.fill(precomputedRow, -1);
        int rows = Math.min(numPreComputed, pre.size());
        precomputed = new double[rows][];
        for (int r = 0; r < rows; r++) {
            int key = pre.get(r);
            precomputedRow[key] = r;
            precomputed[r] = slice(embeddings[key / numTokens], key % numTokens);
        }
    }

    /** Loads a model from the classpath (the CoreNLP models jar). */
    static ParserModel load(String resource, int numPreComputed) {
        InputStream raw = ParserModel.class.getClassLoader().getResourceAsStream(resource);
        if (raw == null) {
            throw new IllegalStateException("dependency parser model not on the classpath: " + resource);
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            return new ParserModel(in, numPreComputed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    int transitions() {
        return transitions;
    }

    int wordId(String w) {
        Integer id = w == null ? null : ids.get("w:" + w);
        return id == null ? unknownWord : id;
    }

    int posId(String p) {
        Integer id = p == null ? null : ids.get("p:" + p);
        return id == null ? unknownPos : id;
    }

    /**
     * The hidden layer for the 48 feature ids: (sum of W1 slices times embeddings + b1) cubed.
     * {@code scratch} is working space.
     */
    void hidden(int[] features, double[] h, float[] scratch) {
        Arrays.fill(h, 0);
        for (int pos = 0; pos < features.length; pos++) {
            int id = features[pos];
            int row = precomputedRow[id * numTokens + pos];
            if (row >= 0) {
                double[] p = precomputed[row];
                for (int i = 0; i < hidden; i++) {
                    h[i] += p[i];
                }
            } else {
                addSlice(h, scratch, embeddings[id], pos);
            }
        }
        for (int i = 0; i < hidden; i++) {
            double x = h[i] + b1[i];
            h[i] = x * x * x;
        }
    }

    /**
     * Transition scores W2 h for the first n hidden vectors at once: each row of W2 is read
     * once for all of them (W2 does not fit in the core's cache, one row does).
     */
    void scores(double[][] h, double[][] out, int n) {
        for (int s = 0; s < n; s++) {
            Arrays.fill(out[s], 0);
        }
        for (int i = 0; i < hidden; i++) {
            double[] w = w2t[i];
            for (int s = 0; s < n; s++) {
                double c = h[s][i];
                double[] o = out[s];
                for (int t = 0; t < transitions; t++) {
                    o[t] += c * w[t];
                }
            }
        }
    }

    int hiddenSize() {
        return hidden;
    }

    /**
     * h += W1[:, position slice] * e for an input without a precomputed row, summed in float
     * as CoreNLP's own cache of such inputs holds them (float loops run twice as wide).
     */
    private void addSlice(double[] h, float[] tmp, float[] e, int pos) {
        Arrays.fill(tmp, 0f);
        int start = pos * embeddingSize;
        for (int k = 0; k < embeddingSize; k++) {
            float ek = e[k];
            if (ek == 0f) {
                continue;
            }
            float[] w = w1t[start + k];
            for (int i = 0; i < hidden; i++) {
                tmp[i] += ek * w[i];
            }
        }
        for (int i = 0; i < hidden; i++) {
            h[i] += tmp[i];
        }
    }

    /** W1[:, position slice] * e summed in double, as CoreNLP precomputes its frequent inputs. */
    private double[] slice(float[] e, int pos) {
        double[] out = new double[hidden];
        int start = pos * embeddingSize;
        for (int k = 0; k < embeddingSize; k++) {
            float[] w = w1t[start + k];
            for (int i = 0; i < hidden; i++) {
                out[i] += w[i] * e[k];
            }
        }
        return out;
    }

    private static double[] doubles(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }

    private static int header(String line) {
        return Integer.parseInt(line.substring(line.indexOf('=') + 1).trim());
    }

    /** Parses n space-separated floats from position from, without splitting the line. */
    private static float[] floats(String line, int from, int n) {
        float[] out = new float[n];
        int p = from;
        for (int i = 0; i < n; i++) {
            int end = line.indexOf(' ', p);
            if (end < 0) {
                end = line.length();
            }
            out[i] = Float.parseFloat(line.substring(p, end));
            p = end + 1;
        }
        return out;
    }
}
