package org.eventwire.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * MinHash signatures over word shingles, for finding republished wire copy. Words are
 * lower-cased letter/digit runs; a shingle is {@link #SHINGLE} consecutive words. The
 * signature has {@link #HASHES} 64-bit minima, cut into {@link #BANDS} bands for
 * locality-sensitive lookup (two texts with Jaccard 0.7 share a band with probability
 * above 0.999; with 0.2, about 0.05). Candidates are then checked with {@link #similarity}.
 */
public final class MinHash {
    public static final int SHINGLE = 3;
    public static final int HASHES = 128;
    public static final int BANDS = 32;
    public static final int ROWS = HASHES / BANDS;
    /** Estimated Jaccard at or above which an article is linked as a near-duplicate. */
    public static final double DUPLICATE_THRESHOLD = 0.7;

    private static final long[] SEEDS = new long[HASHES];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x = mix(x + 0x632BE59BD9B4E5F5L);
            SEEDS[i] = x;
        }
    }

    private MinHash() {
    }

    /** Lower-cased, accent-free words of the text. */
    public static List<String> words(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : t.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Distinct word shingles; a text shorter than one shingle is a single shingle. */
    public static Set<String> shingles(String text) {
        List<String> w = words(text);
        Set<String> out = new LinkedHashSet<>();
        if (w.isEmpty()) {
            return out;
        }
        if (w.size() < SHINGLE) {
            out.add(String.join(" ", w));
            return out;
        }
        for (int i = 0; i + SHINGLE <= w.size(); i++) {
            out.add(String.join(" ", w.subList(i, i + SHINGLE)));
        }
        return out;
    }

    /** The signature, or null when the text has no words. */
    public static long[] signature(String text) {
        Set<String> sh = text == null ? Set.of() : shingles(text);
        if (sh.isEmpty()) {
            return null;
        }
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (String s : sh) {
            long h = fnv(s);
            for (int i = 0; i < HASHES; i++) {
                long v = mix(h ^ SEEDS[i]);
                if (Long.compareUnsigned(v, sig[i]) < 0) {
                    sig[i] = v;
                }
            }
        }
        return sig;
    }

    /** Estimated Jaccard similarity: the share of equal minima. */
    public static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /** One bucket per band; equal buckets in the same band make two texts candidates. */
    public static long[] bandBuckets(long[] sig) {
        long[] out = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = mix(b + 1L);
            for (int r = 0; r < ROWS; r++) {
                h = mix(h ^ sig[b * ROWS + r]);
            }
            out[b] = h;
        }
        return out;
    }

    public static byte[] toBytes(long[] sig) {
        ByteBuffer buf = ByteBuffer.allocate(sig.length * Long.BYTES);
        for (long v : sig) {
            buf.putLong(v);
        }
        return buf.array();
    }

    public static long[] fromBytes(byte[] bytes) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        long[] sig = new long[bytes.length / Long.BYTES];
        for (int i = 0; i < sig.length; i++) {
            sig[i] = buf.getLong();
        }
        return sig;
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64 finaliser: a fast, well-mixed 64-bit permutation. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
