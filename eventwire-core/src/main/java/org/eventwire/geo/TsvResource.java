package org.eventwire.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads the small tab-separated tables shipped in this package ('#' lines are comments). */
final class TsvResource {
    private TsvResource() {
    }

    static BufferedReader open(InputStream in, boolean gzip) throws IOException {
        InputStream s = gzip ? new GZIPInputStream(in, 1 << 16) : in;
        return new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8), 1 << 16);
    }

    static List<String[]> rows(String resource) {
        InputStream in = TsvResource.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource org/eventwire/geo/" + resource);
        }
        try (BufferedReader r = open(in, resource.endsWith(".gz"))) {
            return rows(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static List<String[]> rows(BufferedReader r) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line; (line = r.readLine()) != null; ) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line.split("\t", -1));
            }
        }
        return out;
    }

    /** "a|b" to [a, b]; empty or "-" to []. */
    static List<String> list(String[] f, int i) {
        if (i >= f.length || f[i].isBlank() || f[i].equals("-")) {
            return List.of();
        }
        return List.copyOf(Arrays.asList(f[i].split("\\|")));
    }

    static String field(String[] f, int i) {
        return i < f.length && !f[i].isBlank() ? f[i].trim() : null;
    }

    static Double number(String[] f, int i) {
        String s = field(f, i);
        return s == null ? null : Double.valueOf(s);
    }
}
