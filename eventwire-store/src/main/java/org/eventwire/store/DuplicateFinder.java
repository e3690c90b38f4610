package org.eventwire.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Looks up exact duplicates (hash, URL) and near-duplicates (MinHash bands) of an article. */
final class DuplicateFinder {
    /** The earlier article a new one copies, and how similar they are. */
    record Near(long articleId, double similarity) {
    }

    private final Connection c;
    private final Statements st;

    DuplicateFinder(Connection c, Statements st) {
        this.c = c;
        this.st = st;
    }

    /** The stored article with this content hash or URL key, with the reason; null if none. */
    AddResult exact(String contentHash, String urlKey) throws SQLException {
        Long byHash = lookup("content_hash", contentHash);
        if (byHash != null) {
            return AddResult.duplicate(byHash, "same content as article " + byHash);
        }
        Long byUrl = lookup("url_key", urlKey);
        if (byUrl != null) {
            return AddResult.duplicate(byUrl, "same URL as article " + byUrl);
        }
        return null;
    }

    private Long lookup(String column, String value) throws SQLException {
        if (value == null) {
            return null;
        }
        PreparedStatement p = st.get(
                "SELECT min(article_id) FROM articles WHERE " + column + " = ?");
        p.setString(1, value);
        try (ResultSet r = p.executeQuery()) {
            r.next();
            long id = r.getLong(1);
            return r.wasNull() ? null : id;
        }
    }

    /**
     * The most similar earlier article at or above the threshold (ties to the oldest), resolved
     * to the original it copies so chains of copies point to one article; null if none.
     */
    Near near(long[] signature) throws SQLException {
        if (signature == null) {
            return null;
        }
        long[] buckets = MinHash.bandBuckets(signature);
        List<Long> candidates = new ArrayList<>();
        PreparedStatement byBand = st.get("SELECT DISTINCT article_id FROM minhash_bands "
                + "WHERE bucket IN (" + Sql.marks(buckets.length) + ") ORDER BY article_id");
        for (int i = 0; i < buckets.length; i++) {
            byBand.setLong(i + 1, buckets[i]);
        }
        try (ResultSet r = byBand.executeQuery()) {
            while (r.next()) {
                candidates.add(r.getLong(1));
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        Near best = null;
        // an IN list of varying length: prepared each time, not cached
        try (PreparedStatement p = c.prepareStatement("SELECT article_id, minhash, duplicate_of "
                + "FROM articles WHERE article_id IN (" + Sql.marks(candidates.size())
                + ") ORDER BY article_id")) {
            for (int i = 0; i < candidates.size(); i++) {
                p.setLong(i + 1, candidates.get(i));
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    byte[] bytes = r.getBytes(r.findColumn("minhash"));
                    if (bytes == null) {
                        continue;
                    }
                    double sim = MinHash.similarity(signature, MinHash.fromBytes(bytes));
                    Long original = Sql.lng(r, "duplicate_of");
                    long target = original != null ? original : r.getLong("article_id");
                    if (sim >= MinHash.DUPLICATE_THRESHOLD && (best == null || sim > best.similarity())) {
                        best = new Near(target, sim);
                    }
                }
            }
        }
        return best;
    }

    void saveBands(long articleId, long[] signature) throws SQLException {
        if (signature == null) {
            return;
        }
        long[] buckets = MinHash.bandBuckets(signature);
        PreparedStatement p = st.get(Sql.insert("minhash_bands", "bucket, band, article_id"));
        for (int b = 0; b < buckets.length; b++) {
            p.setLong(1, buckets[b]);
            p.setShort(2, (short) b);
            p.setLong(3, articleId);
            p.addBatch();
        }
        p.executeBatch();
    }
}
