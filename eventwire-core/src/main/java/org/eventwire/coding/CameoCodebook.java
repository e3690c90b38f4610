package org.eventwire.coding;

import org.eventwire.pipeline.Lazy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The CAMEO event codes eventwire knows (resource cameo-codes.tsv), loaded once per JVM. */
public final class CameoCodebook {
    private static final Lazy<CameoCodebook> INSTANCE = new Lazy<>(CameoCodebook::load);
    private final Map<String, CameoCode> codes;

    private CameoCodebook(Map<String, CameoCode> codes) {
        this.codes = Collections.unmodifiableMap(codes);
    }

    public static CameoCodebook get() {
        return INSTANCE.get();
    }

    /** Quad class from the two-digit root, as the CAMEO codebook defines it. */
    public static int quadClass(String code) {
        int root;
        try {
            root = Integer.parseInt(code.substring(0, 2));
        } catch (RuntimeException e) {
            return 0;
        }
        if (root <= 5) {
            return 1;
        }
        if (root <= 8) {
            return 2;
        }
        return root <= 13 ? 3 : 4;
    }

    private static CameoCodebook load() {
        Map<String, CameoCode> m = new LinkedHashMap<>();
        try (InputStream in = CameoCodebook.class.getResourceAsStream("cameo-codes.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] p = line.split("\t");
                String plover = p[2].equals("-") ? null : p[2];
                String mode = p[3].equals("-") ? null : p[3];
                m.put(p[0], new CameoCode(p[0], p[4], Double.parseDouble(p[1]), quadClass(p[0]), plover, mode));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CameoCodebook(m);
    }

    /** The code, or null when it is not a CAMEO code. */
    public CameoCode find(String code) {
        return codes.get(code);
    }

    /** The code, falling back to its three-digit parent and then its root. */
    public CameoCode nearest(String code) {
        for (int n = code.length(); n >= 2; n--) {
            CameoCode c = codes.get(code.substring(0, n));
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    public Map<String, CameoCode> all() {
        return codes;
    }
}
