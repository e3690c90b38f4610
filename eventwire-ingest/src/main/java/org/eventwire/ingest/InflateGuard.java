package org.eventwire.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Gunzips a stream and refuses a decompression bomb: once the output passes
 * {@link Limits#INFLATE_FREE_BYTES}, it may be at most {@link Limits#MAX_INFLATE_RATIO} times
 * the compressed bytes read so far. Text and HTML compress 3 to 20-fold; a bomb of zeros
 * compresses about 1000-fold, so real inputs of any size pass and bombs stop after a few MB.
 */
final class InflateGuard extends FilterInputStream {
    private final Counting raw;
    private long out;

    private InflateGuard(Counting raw) throws IOException {
        super(new GZIPInputStream(raw, 1 << 16));
        this.raw = raw;
    }

    static InputStream gunzip(InputStream compressed) throws IOException {
        return new InflateGuard(new Counting(compressed));
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws IOException {
        out += n;
        if (out > Limits.INFLATE_FREE_BYTES && out > raw.count * Limits.MAX_INFLATE_RATIO) {
            throw new InputTooLargeException("decoding: gzip data expands more than " + Limits.MAX_INFLATE_RATIO
                    + "-fold (" + out + " bytes from " + raw.count + "): a decompression bomb");
        }
    }

    /** Counts the compressed bytes the inflater has consumed. */
    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
