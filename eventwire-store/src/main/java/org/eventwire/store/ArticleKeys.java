package org.eventwire.store;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;

/** The keys an article is recognised by: content hash, normalised URL, source, dates. */
final class ArticleKeys {
    private ArticleKeys() {
    }

    /** SHA-256 of the text with runs of whitespace collapsed; null for no text. */
    static String contentHash(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String norm = text.strip().replaceAll("\\s+", " ");
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(norm.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The URL without fragment, default port, "www." and trailing slash, scheme and host
     * lower-cased, http and https alike; null for no URL. Unparseable URLs are kept trimmed.
     */
    static String urlKey(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        try {
            URI uri = new URI(u);
            if (uri.getHost() == null) {
                return u;
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            int port = uri.getPort();
            boolean defaultPort = port == -1 || port == 80 || port == 443;
            return "//" + host + (defaultPort ? "" : ":" + port) + path + query;
        } catch (java.net.URISyntaxException e) {
            return u;
        }
    }

    /** Who published it, for counting sources: the source name, else the URL's host. */
    static String sourceKey(String source, String url) {
        if (source != null && !source.isBlank()) {
            return source.strip().toLowerCase(Locale.ROOT);
        }
        String key = urlKey(url);
        if (key != null && key.startsWith("//")) {
            int slash = key.indexOf('/', 2);
            return slash < 0 ? key.substring(2) : key.substring(2, slash);
        }
        return null;
    }

    /** An ISO date from "yyyy-MM-dd" or a longer ISO timestamp; null when not a full date. */
    static LocalDate date(String s) {
        if (s == null || s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
